package nl.kernteam.identity;

import java.util.Locale;

/**
 * The one form of a username, used to create accounts, to look them up at login (form and
 * HTTP Basic alike) and to count failed logins: surrounding whitespace of any kind
 * (spaces, tabs, line breaks, no-break spaces) and control characters are dropped, and
 * letters are lower case. Usernames are therefore case-insensitive: {@code " Anouk\t"}
 * and {@code "anouk"} are the same account, so every spelling of a name counts towards
 * the same lock.
 */
final class Usernames {

	private Usernames() {
	}

	/**
	 * @return the normalised username, or {@code null} for {@code null} (so that
	 * validation can say it is missing)
	 */
	static String normalise(String username) {
		if (username == null) {
			return null;
		}
		int start = 0;
		int end = username.length();
		while (start < end && ignorable(username.charAt(start))) {
			start++;
		}
		while (end > start && ignorable(username.charAt(end - 1))) {
			end--;
		}
		return username.substring(start, end).toLowerCase(Locale.ROOT);
	}

	private static boolean ignorable(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\u200B'
				|| c == '\uFEFF';
	}

}

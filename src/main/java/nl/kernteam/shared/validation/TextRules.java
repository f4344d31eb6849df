package nl.kernteam.shared.validation;

/**
 * The rules behind {@link PlainText} and {@link ReadableName}, for callers that check
 * text outside Bean Validation.
 */
final class TextRules {

	private TextRules() {
	}

	/**
	 * No control characters (but line breaks and tabs unless {@code singleLine}), no lone
	 * surrogates, no non-characters.
	 */
	public static boolean isPlain(CharSequence text, boolean singleLine) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				if ((codePoint & 0xFFFE) == 0xFFFE || Character.getType(codePoint) == Character.UNASSIGNED
						|| Character.getType(codePoint) == Character.PRIVATE_USE) {
					return false;
				}
				continue;
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
				return false;
			}
			if (c == '\n' || c == '\r' || c == '\t') {
				if (singleLine) {
					return false;
				}
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	/** One line of plain text with at least one letter or digit. */
	public static boolean isReadableName(CharSequence text) {
		if (!isPlain(text, true)) {
			return false;
		}
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}

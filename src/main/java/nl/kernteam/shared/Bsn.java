package nl.kernteam.shared;

/** The Dutch citizen service number (burgerservicenummer) and its 11-test. */
public final class Bsn {

	private Bsn() {
	}

	/** Digits only, without spaces or dots; {@code null} and blank stay as they are. */
	public static String normalise(String input) {
		return input == null ? null : input.replaceAll("[\\s.\\-]", "");
	}

	/**
	 * True when the value is nine digits (eight with a leading zero added) that pass the
	 * 11-test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11, and not zero.
	 */
	public static boolean isValid(String input) {
		String bsn = normalise(input);
		if (bsn == null || !bsn.matches("\\d{8,9}")) {
			return false;
		}
		if (bsn.length() == 8) {
			bsn = "0" + bsn;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (bsn.charAt(i) - '0');
		}
		sum -= bsn.charAt(8) - '0';
		return sum != 0 && sum % 11 == 0;
	}

	/** The canonical nine-digit form of a valid BSN. */
	public static String canonical(String input) {
		String bsn = normalise(input);
		return bsn.length() == 8 ? "0" + bsn : bsn;
	}

	/** Shows only the last three digits. */
	public static String masked(String bsn) {
		return "••••••" + bsn.substring(bsn.length() - 3);
	}

}

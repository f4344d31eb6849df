package nl.kernteam.identity;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time activation codes: 12 characters from 31 that cannot be mistaken for each other
 * when read aloud or from paper (no 0/O, 1/I/L), about 59 bits, shown in groups of four.
 * Typing is forgiving: case, spaces and dashes do not matter.
 */
final class ActivationCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	/** A new code, grouped: {@code ABCD-EFGH-JKMN}. */
	String next() {
		var code = new StringBuilder(LENGTH + 2);
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The stored form of a code as typed: its SHA-256 over the normal form. */
	static byte[] hash(String typed) {
		String normal = typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
		return Digests.sha256(normal);
	}

}

package nl.kernteam.shared;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The id an empty form carries ({@code submissionId}), so that a second submit of the
 * same form is recognised as the first (see {@link Submissions}). It becomes the record's
 * id, so it must be unique; and it must not be guessable: a record whose id is taken in
 * the same household counts as that double submit, so a colleague who could predict the
 * next id could make someone's note vanish. So it is random, but not from
 * {@link UUID#randomUUID()}: that draws from the JVM's one {@code NativePRNG}, whose
 * global lock every page's CSRF token and every other random UUID also take (issue 19 saw
 * pages waiting on it). These ids come from their own DRBG (NIST SP 800-90A, seeded once
 * from the operating system), with no system call per id.
 */
public final class SubmissionIds {

	private static final SecureRandom RANDOM = drbg();

	private SubmissionIds() {
	}

	/** A new version-4 (random) UUID for one empty form. */
	public static UUID next() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/**
	 * A DRBG of its own for a hot path, instead of the JVM-wide default source.
	 */
	public static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException missing) {
			return new SecureRandom();
		}
	}

}

package nl.kernteam.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps identifying numbers (the BSN) out of the database in plain form.
 * <p>
 * {@link #fingerprint} is a keyed hash (HMAC-SHA-256): equal inputs give equal
 * fingerprints, so they can be matched and indexed, but without the secret a database
 * dump cannot be turned back into BSNs by trying all billion of them. {@link #encrypt} is
 * AES-GCM for the few places where the number must be shown again. Both keys derive from
 * one secret that lives outside the database.
 */
public final class PersonalDataCipher {

	private static final int IV_BYTES = 12;

	private final SecretKeySpec macKey;

	private final SecretKeySpec aesKey;

	private final SecureRandom random = new SecureRandom();

	private final java.util.Queue<Mac> fingerprintMacs = new java.util.concurrent.ConcurrentLinkedQueue<>();

	public PersonalDataCipher(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("The secret must be at least 32 bytes");
		}
		this.macKey = new SecretKeySpec(derive(secret, "kernteam-fingerprint"), "HmacSHA256");
		this.aesKey = new SecretKeySpec(derive(secret, "kernteam-encryption"), "AES");
	}

	/** A stable, keyed, one-way fingerprint of the value, as 64 hex characters. */
	public String fingerprint(String value) {
		Mac mac = fingerprintMacs.poll();
		if (mac == null) {
			mac = newFingerprintMac();
		}
		try {
			// doFinal resets the Mac for the next value, keyed as before
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		finally {
			fingerprintMacs.offer(mac);
		}
	}

	/**
	 * A keyed Mac, kept in a pool for reuse (requests run on virtual threads, so a
	 * thread-local one would be made anew each time): looking up the provider and keying
	 * the Mac for every fingerprint cost more than the hash itself (issue 19, signal
	 * registrations). The pool holds at most as many as ever ran at once.
	 */
	private Mac newFingerprintMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(macKey);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public String encrypt(String plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public String decrypt(String encoded) {
		try {
			byte[] all = Base64.getDecoder().decode(encoded);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot decrypt: wrong secret or damaged value", e);
		}
	}

	private static byte[] derive(byte[] secret, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}

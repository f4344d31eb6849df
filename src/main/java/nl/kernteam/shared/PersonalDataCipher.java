package nl.kernteam.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

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
 * <p>
 * The encryption key is versioned so that it can be rotated: version 1 derives from the
 * secret; later versions ({@code kernteam.encryption-keys.N}) are added beside it, new
 * values are encrypted with the highest version and carry it ({@code kN:} before the
 * Base64), and the re-encryption command rewrites older values. The fingerprint key stays
 * with the secret: signals are kept only as fingerprints, so there is no plain value to
 * compute a new fingerprint from.
 */
public final class PersonalDataCipher {

	private static final int IV_BYTES = 12;

	private final SecretKeySpec macKey;

	private final Map<Integer, SecretKeySpec> aesKeys = new TreeMap<>();

	private final int current;

	private final SecureRandom random = new SecureRandom();

	private final java.util.Queue<Mac> fingerprintMacs = new java.util.concurrent.ConcurrentLinkedQueue<>();

	/**
	 * Ciphers that decrypted before, kept for reuse as the fingerprints' Macs are: a
	 * household page opens each member's BSN, and looking up the provider and expanding
	 * the key anew for each was 2.5 % of the page's JVM time (issue 19). Initialised with
	 * the same key again, a cipher keeps its expanded key. Encrypting (rare) takes a new
	 * one, so that no cipher is ever asked to encrypt with an IV it used before.
	 */
	private final java.util.Queue<Cipher> decryptingCiphers = new java.util.concurrent.ConcurrentLinkedQueue<>();

	public PersonalDataCipher(byte[] secret) {
		this(secret, Map.of());
	}

	/**
	 * @param secret the secret behind the fingerprints and encryption key version 1
	 * @param laterKeys encryption keys from version 2 on, by version; the highest
	 * encrypts
	 */
	public PersonalDataCipher(byte[] secret, Map<Integer, byte[]> laterKeys) {
		this.macKey = new SecretKeySpec(derive(checked(secret), "kernteam-fingerprint"), "HmacSHA256");
		this.aesKeys.put(1, new SecretKeySpec(derive(secret, "kernteam-encryption"), "AES"));
		laterKeys.forEach((version, key) -> {
			if (version < 2) {
				throw new IllegalArgumentException("Later encryption keys start at version 2, not " + version);
			}
			this.aesKeys.put(version, new SecretKeySpec(derive(checked(key), "kernteam-encryption"), "AES"));
		});
		this.current = ((TreeMap<Integer, SecretKeySpec>) this.aesKeys).lastKey();
	}

	private PersonalDataCipher(PersonalDataCipher from, Map<Integer, SecretKeySpec> keys, int current) {
		this.macKey = from.macKey;
		this.aesKeys.putAll(keys);
		if (!keys.containsKey(current)) {
			throw new IllegalArgumentException("No encryption key version " + current);
		}
		this.current = current;
	}

	/** This cipher with one more key version, which then encrypts. */
	public PersonalDataCipher withKey(int version, byte[] key) {
		if (version <= current) {
			throw new IllegalArgumentException("A new key version must be above " + current);
		}
		var keys = new TreeMap<>(aesKeys);
		keys.put(version, new SecretKeySpec(derive(checked(key), "kernteam-encryption"), "AES"));
		return new PersonalDataCipher(this, keys, version);
	}

	/**
	 * This cipher encrypting with an older version it knows, to undo a rotation before
	 * the newer key is given up.
	 */
	public PersonalDataCipher encryptingWith(int version) {
		return new PersonalDataCipher(this, aesKeys, version);
	}

	/** The key version new values are encrypted with. */
	public int currentVersion() {
		return current;
	}

	/**
	 * What a value encrypted with the current version starts with: nothing for version 1
	 * (its values carry no version and, being Base64, no colon), {@code kN:} after.
	 */
	public String currentPrefix() {
		return prefix(current);
	}

	/** Whether the value was encrypted with an older key than the current one. */
	public boolean isOutdated(String encoded) {
		return version(encoded) != current;
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
	 * A keyed Mac, kept in a pool for reuse (a thread-local one would be made anew for
	 * each request if requests ran on virtual threads): looking up the provider and
	 * keying the Mac for every fingerprint cost more than the hash itself (issue 19,
	 * signal registrations). The pool holds at most as many as ever ran at once.
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
			cipher.init(Cipher.ENCRYPT_MODE, aesKeys.get(current), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return prefix(current) + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public String decrypt(String encoded) {
		int version = version(encoded);
		var key = aesKeys.get(version);
		if (key == null) {
			throw new IllegalStateException("Cannot decrypt: encryption key version " + version + " is not configured");
		}
		try {
			byte[] all = Base64.getDecoder().decode(encoded.substring(encoded.indexOf(':') + 1));
			Cipher cipher = decryptingCiphers.poll();
			if (cipher == null) {
				cipher = Cipher.getInstance("AES/GCM/NoPadding");
			}
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
			String plain = new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
			// back in the pool only after a value it opened: a failed one is left to the
			// collector
			decryptingCiphers.offer(cipher);
			return plain;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot decrypt: wrong secret or damaged value", e);
		}
	}

	private static String prefix(int version) {
		return version == 1 ? "" : "k" + version + ":";
	}

	private static int version(String encoded) {
		int colon = encoded.indexOf(':');
		if (colon < 0) {
			return 1;
		}
		try {
			return Integer.parseInt(encoded.substring(1, colon));
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException("Cannot decrypt: damaged key version", e);
		}
	}

	private static byte[] checked(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("The secret must be at least 32 bytes");
		}
		return secret;
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

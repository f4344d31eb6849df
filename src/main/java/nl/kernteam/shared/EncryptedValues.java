package nl.kernteam.shared;

/**
 * Values a module keeps encrypted with {@link PersonalDataCipher} (the BSN, a webhook's
 * secret), rewritten with the current key version when the key is rotated. Each module
 * rewrites its own columns; the re-encryption command asks every one until none is left.
 */
public interface EncryptedValues {

	/** What these values are, for the command's report. */
	String name();

	/**
	 * Rewrites up to {@code batch} values that an older key version encrypted with the
	 * cipher's current one, leaving a value changed meanwhile alone.
	 * @return how many were rewritten; 0 when none is left
	 */
	int reEncrypt(PersonalDataCipher cipher, int batch);

}

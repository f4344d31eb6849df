package nl.kernteam.shared;

import java.util.UUID;

/**
 * Values a module keeps encrypted with {@link PersonalDataCipher} (the BSN, a webhook's
 * secret), rewritten with the current key version when the key is rotated. Each module
 * rewrites its own columns; the re-encryption command asks every one until none is left.
 */
public interface EncryptedValues {

	/** What these values are, for the command's report. */
	String name();

	/**
	 * Rewrites up to {@code batch} values that an older key version encrypted, of the
	 * rows after {@code after} (by id; {@code null} from the start), with the cipher's
	 * current one, leaving a value changed meanwhile alone and a damaged one as it is.
	 */
	Batch reEncrypt(PersonalDataCipher cipher, UUID after, int batch);

	/**
	 * What one batch did.
	 *
	 * @param read how many older values it read; 0 when none is left
	 * @param rewritten how many it rewrote
	 * @param damaged how many could not be decrypted (left as they are)
	 * @param last the id of the last row read, where the next batch starts
	 */
	record Batch(int read, int rewritten, int damaged, UUID last) {
	}

}

package nl.kernteam.shared;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

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

	/**
	 * Rewrites the older values read with the cipher's current key, through
	 * {@code update} (a compare-and-set returning the rows it changed), leaving a value
	 * no configured key reads as it is: the one loop behind every module's
	 * {@link #reEncrypt}.
	 */
	static Batch rewrite(List<Stored> read, PersonalDataCipher cipher, UUID after,
			BiFunction<Stored, String, Integer> update) {
		int rewritten = 0;
		int damaged = 0;
		for (Stored row : read) {
			String renewed;
			try {
				renewed = cipher.encrypt(cipher.decrypt(row.encrypted()));
			}
			catch (IllegalStateException | IllegalArgumentException e) {
				damaged++;
				continue;
			}
			rewritten += update.apply(row, renewed);
		}
		return new Batch(read.size(), rewritten, damaged, read.isEmpty() ? after : read.get(read.size() - 1).id());
	}

	/** An encrypted value and the id of its row. */
	record Stored(UUID id, String encrypted) {
	}

}

package nl.kernteam.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The record of a destroyed file: which household (its id only), when, why, by whom and
 * how many rows each table lost. Never a name of the family or anything from the file.
 *
 * @param destroyedByName the privacy officer who granted the family's request;
 * {@code null} when the job destroyed it after the retention period
 * @param reason the privacy officer's reason for granting it, {@code null} for the job
 * @param rows rows deleted per table
 */
public record HouseholdDestruction(UUID householdId, Instant destroyedAt, Grounds grounds, LocalDate retentionUntil,
		Instant closedAt, String destroyedByName, String reason, Map<String, Integer> rows) {

	public HouseholdDestruction {
		rows = Map.copyOf(rows);
	}

	/** The rows deleted in all tables together. */
	public int totalRows() {
		return rows.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Why the file was destroyed. */
	public enum Grounds {

		/** The retention period after closing passed. */
		RETENTION_ENDED,
		/**
		 * The region's privacy officer granted the family's request to destroy it
		 * earlier.
		 */
		FAMILY_REQUEST

	}

}

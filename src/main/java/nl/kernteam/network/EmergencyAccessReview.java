package nl.kernteam.network;

import java.time.Instant;
import java.util.UUID;

/**
 * An emergency access as the privacy officer reviews it: who broke the glass, why, when,
 * and, once reviewed, what the officer found.
 *
 * @param recent how often this professional broke the glass in the last 90 days (any
 * household), this one included when it falls in them: who does it often stands out
 */
public record EmergencyAccessReview(UUID id, UUID householdId, String householdName, String professionalName,
		String organisationName, String reason, Instant startedAt, Instant expiresAt, boolean reviewed,
		Instant reviewedAt, String reviewedByName, String finding, int recent) {

	/** From this many emergency accesses in 90 days, the list marks the professional. */
	public static final int OFTEN = 3;

	public boolean often() {
		return recent >= OFTEN;
	}
}

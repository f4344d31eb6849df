package nl.kernteam.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closed file: when, by whom, why, the family's view, the last scale and until when the
 * data are kept.
 */
public record HouseholdClosure(UUID id, UUID householdId, Instant closedAt, UUID closedBy, String closedByName,
		String reason, String familyView, Integer lastScale, LocalDate retentionUntil) {
}

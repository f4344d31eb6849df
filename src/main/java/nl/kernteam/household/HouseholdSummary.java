package nl.kernteam.household;

import java.time.Instant;
import java.util.UUID;

/** A household in a list: its name, who lives there, and who its contact person is. */
public record HouseholdSummary(UUID id, String name, String memberNames, int memberCount, String contactPersonName,
		Instant updatedAt, boolean emergency) {
}

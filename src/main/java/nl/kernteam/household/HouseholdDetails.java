package nl.kernteam.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household with its current members.
 *
 * @param emergency read under the reader's emergency access
 * @param emergencyUntil when that emergency access ends; {@code null} without one
 */
public record HouseholdDetails(UUID id, String name, List<MemberDetails> members, int version, Instant createdAt,
		Instant updatedAt, boolean emergency, Instant emergencyUntil) {
}

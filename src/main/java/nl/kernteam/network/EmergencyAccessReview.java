package nl.kernteam.network;

import java.time.Instant;
import java.util.UUID;

/**
 * An emergency access as the privacy officer reviews it: who broke the glass, why, when, and, once reviewed,
 * what the officer found.
 */
public record EmergencyAccessReview(UUID id, UUID householdId, String householdName, String professionalName,
		String organisationName, String reason, Instant startedAt, Instant expiresAt, boolean reviewed,
		Instant reviewedAt, String reviewedByName, String finding) {
}

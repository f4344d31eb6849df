package nl.kernteam.network;

import java.time.Instant;
import java.util.UUID;

/** An emergency access to a household: who, why, and until when. */
public record EmergencyAccessRow(UUID id, String professionalName, String organisationName, String reason,
		Instant startedAt, Instant expiresAt) {

	public boolean runningAt(Instant now) {
		return expiresAt.isAfter(now);
	}
}

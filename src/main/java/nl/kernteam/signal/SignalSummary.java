package nl.kernteam.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * An active signal of the reader's own organisation.
 *
 * @param hint "••••••123" or initials with year of birth: how the organisation recognises
 * the person
 * @param activeUntil when the signal stops matching unless withdrawn earlier
 */
public record SignalSummary(UUID id, String hint, String identifiedBy, UUID professionalId, String professionalName,
		Instant registeredAt, Instant activeUntil) {
}

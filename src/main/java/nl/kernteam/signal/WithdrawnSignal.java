package nl.kernteam.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * A signal that no longer matches; it stays in the archive until the archive period ends.
 */
public record WithdrawnSignal(UUID id, Instant endedAt) {
}

package nl.kernteam.signal;

import java.time.Instant;

/**
 * An organisation that signalled a member of a household, for the family's own view: no professional, no
 * content.
 *
 * @param endedAt when the signal stopped matching (withdrawn, expired, age limit); {@code null} while active
 */
public record SignalledBy(String organisationName, Instant registeredAt, Instant endedAt) {

	public boolean active() {
		return endedAt == null;
	}
}

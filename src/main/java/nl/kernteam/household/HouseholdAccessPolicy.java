package nl.kernteam.household;

import nl.kernteam.shared.Actor;

/**
 * Decides who may see a household. Owned here, implemented by the network module: access follows involvement.
 */
public interface HouseholdAccessPolicy {

	Visibility visibility(Actor actor, HouseholdId household);

	/** When the actor's running emergency access to the household ends, if there is one. */
	default java.util.Optional<java.time.Instant> emergencyEndsAt(Actor actor, HouseholdId household) {
		return java.util.Optional.empty();
	}
}

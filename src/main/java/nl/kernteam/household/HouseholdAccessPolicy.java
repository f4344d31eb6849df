package nl.kernteam.household;

import nl.kernteam.shared.Actor;

/**
 * Decides who may see a household. Owned here, implemented by the network module: access follows involvement.
 */
public interface HouseholdAccessPolicy {

	Visibility visibility(Actor actor, HouseholdId household);
}

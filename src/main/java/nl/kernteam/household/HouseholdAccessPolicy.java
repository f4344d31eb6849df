package nl.kernteam.household;

import nl.kernteam.shared.Actor;

/**
 * How an actor stands to a household: the fact {@link AccessDecision} decides on. Owned
 * here, implemented by the network module: access follows involvement.
 */
public interface HouseholdAccessPolicy {

	Standing standing(Actor actor, HouseholdId household);

	/**
	 * The same, read with other reads ({@link nl.kernteam.shared.Reads}): the access
	 * decision reads it together with the household's row ({@link DecisionReads}).
	 */
	java.util.function.Supplier<Standing> standing(Actor actor, HouseholdId household, nl.kernteam.shared.Reads reads);

	/**
	 * When the actor's running emergency access to the household ends, if there is one.
	 */
	default java.util.Optional<java.time.Instant> emergencyEndsAt(Actor actor, HouseholdId household) {
		return java.util.Optional.empty();
	}

	/**
	 * The household's most recent contact person (the one who closed it, for a closed
	 * household), with the organisation they work for now.
	 */
	default java.util.Optional<FormerContactPerson> lastContactPerson(HouseholdId household) {
		return java.util.Optional.empty();
	}

	record FormerContactPerson(java.util.UUID professionalId, java.util.UUID organisationId) {
	}

}

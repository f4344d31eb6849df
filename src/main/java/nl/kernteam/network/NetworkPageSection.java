package nl.kernteam.network;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;

/**
 * A part of a household's network page contributed by another module (the expertise
 * requests of the regional safety team), so that the network module does not know that
 * module. A section reads its own data through {@code HouseholdAccess}, which logs it,
 * and returns an empty model when the actor may not see it (the page then leaves it out).
 */
public interface NetworkPageSection {

	/**
	 * The Thymeleaf template holding a fragment named {@code section}, e.g.
	 * {@code safetyteam/network-section}.
	 */
	String template();

	/**
	 * The data the fragment shows, available in it as {@code section}; empty to leave the
	 * section out.
	 */
	Map<String, Object> model(Actor actor, HouseholdId household);

}

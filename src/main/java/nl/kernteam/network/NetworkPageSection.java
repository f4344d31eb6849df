package nl.kernteam.network;

import java.util.Map;

import nl.kernteam.household.DecidedHousehold;

/**
 * A part of a household's network page contributed by another module (the expertise
 * requests of the regional safety team), so that the network module does not know that
 * module. It receives the page's one access decision ({@link DecidedHousehold}), reads
 * its own data through {@code HouseholdAccess}, which answers from that decision and logs
 * the read into the page's one row, and returns an empty model when the actor may not see
 * it (the page then leaves it out).
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
	Map<String, Object> model(DecidedHousehold decided);

}

package nl.kernteam.network;

import nl.kernteam.household.DecidedHousehold;

/**
 * A part of a household's network page contributed by another module (the expertise
 * requests of the regional safety team), so that the network module does not know that
 * module. It receives the page's one access decision ({@link DecidedHousehold}), reads
 * its own data through {@code HouseholdAccess}, which answers from that decision and logs
 * the read into the page's one row, and answers {@code null} when the actor may not see
 * it (the page then leaves it out).
 */
public interface NetworkPageSection {

	/**
	 * The section's HTML, made by a precompiled jte template from a view built in Java
	 * ({@link nl.kernteam.shared.web.Fragments}, issue 19, as the household page's
	 * sections); {@code null} to leave the section out.
	 */
	String html(DecidedHousehold decided);

}

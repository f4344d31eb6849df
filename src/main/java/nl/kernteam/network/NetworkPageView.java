package nl.kernteam.network;

import java.util.List;

import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FixedTexts;

/**
 * The network page as {@code network/page.jte} shows it: every text, date and link made
 * in Java by {@link NetworkPageViews} (issue 19, as the plan page). Texts without
 * arguments come from {@code t}.
 *
 * @param refusal why the last change was refused, {@code null} when none was
 * @param actions the buttons of whoever manages the network, {@code null} for others and
 * for the network as it was on a date
 * @param on the date the network is shown on ({@code yyyy-MM-dd}), {@code null} for now
 * @param showing that the page shows a past date, in words; {@code null} for now
 * @param sections the HTML of the other modules' sections ({@link NetworkPageSection})
 * @param past the involvements that ended, {@code null} when none did
 */
record NetworkPageView(String title, String refusal, String householdName, String householdHref, Actions actions,
		String dateAction, String on, String showing, String nowHref, Picture picture, CoreTeam coreTeam,
		List<String> sections, Involvements current, List<Sight> sights, String pastSummary, Involvements past,
		List<Emergency> emergencies, CsrfField csrf, FixedTexts.Of t) {

	/**
	 * Adding to the network and closing the file; {@code closeHref} {@code null} when it
	 * may not be closed.
	 */
	record Actions(String addProfessionalHref, String addInformalHref, String closeHref) {
	}

	/** The picture of the network, with its description in words. */
	record Picture(NetworkPicture picture, String description) {
	}

	/**
	 * The core team: contact person, director, handovers and members.
	 *
	 * @param contactPerson {@code null} when there is none
	 * @param director {@code null} when there is none
	 */
	record CoreTeam(Person contactPerson, Person director, String handovers, List<Member> members) {
	}

	/**
	 * The contact person or the director.
	 *
	 * @param detail the organisation (contact person) or that the director is the contact
	 * person (director), {@code null} for neither
	 * @param since since when, in words; {@code null} for the director
	 * @param changeHref "Wijzigen" for whoever manages the network, else {@code null}
	 */
	record Person(String name, String detail, String since, String changeHref) {
	}

	/** One member of the core team. */
	record Member(String name, String organisationName, String since) {
	}

	/** A table of involvements; {@code actions} whether it has the column to end one. */
	record Involvements(boolean actions, List<Involvement> rows) {
	}

	/**
	 * One involvement.
	 *
	 * @param detail the relation (own circle) or the organisation
	 * @param ended why it ended, in words; {@code null} while it runs
	 * @param endHref "Beëindigen", {@code null} when it may not be ended here
	 */
	record Involvement(String name, String detail, boolean regionalSafetyTeam, boolean contactPerson, boolean director,
			String role, String reason, String ended, String from, String until, String endHref, String endLabel) {
	}

	/**
	 * Who sees what: one person in the network.
	 *
	 * @param shares what was shared with a partner, when the page may know it
	 * @param nothingShared whether to say that nothing was shared
	 * @param shareHref "Iets delen" for whoever manages the network and a partner, else
	 * {@code null}
	 */
	record Sight(String name, String detail, String sees, List<Share> shares, boolean nothingShared, String shareHref,
			String shareLabel) {
	}

	/**
	 * A running share.
	 *
	 * @param explanation its explanation in words, {@code null} without one
	 * @param revokeHref where "Beëindigen" is sent, {@code null} for whoever does not
	 * manage the network
	 */
	record Share(String what, String by, String explanation, String revokeHref, String revokeLabel) {
	}

	/** A running emergency access. */
	record Emergency(String name, String organisationName, String reason, String period) {
	}

}

package nl.kernteam.network;

import java.util.List;

/**
 * The core team section of the household page as it shows (issue 19): every text, date
 * and link made once in Java, so that its jte template ({@code network/core-team.jte})
 * only places them.
 *
 * @param contactPerson null when there is none
 * @param showDirector whether the director is someone other than the contact person
 * @param directorName empty when there is no director
 * @param members the core team besides the contact person
 * @param count how many are involved now, and how many handovers there were
 * @param labels the section's fixed texts
 */
record CoreTeamView(Contact contactPerson, boolean showDirector, String directorName, List<Member> members,
		String count, String networkHref, String helpersHref, Labels labels) {

	/** The contact person and how to reach them (phone and e-mail null when unknown). */
	record Contact(String name, String organisationName, String phone, String phoneHref, String email,
			String emailHref) {
	}

	/** A member of the core team and since when. */
	record Member(String name, String organisationName, String since) {
	}

	/** The heading, the two terms and the two links' texts. */
	record Labels(String title, String contactPerson, String director, String open, String helpers) {
	}

}

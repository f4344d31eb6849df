package nl.kernteam.household;

/**
 * A kind of data recorded with a household, as {@link AccessDecision} tells them apart:
 * who may see one kind may not see another (a partner sees the network, not the joint
 * assessments).
 */
public enum HouseholdItem {

	/** The household itself: its name and address. */
	HOUSEHOLD,
	/** Its members, with their BSN. */
	MEMBERS,
	/** Who is involved, the contact person and the director, emergency accesses. */
	NETWORK,
	/**
	 * Changing who is in the network and who leads it: adding and ending someone else's
	 * involvement, the contact person, the director. Read as {@link #NETWORK}.
	 */
	NETWORK_MANAGEMENT,
	/** Notes addressed to the core team (the default audience). */
	CORE_TEAM_NOTES,
	/** Notes addressed to the whole network, partners included. */
	NETWORK_NOTES,
	/** Joint assessments and their scores. */
	ASSESSMENTS,
	/** The family plan: goals, agreements, evaluations. */
	PLAN,
	/** The timeline; which entries show follows the other kinds. */
	TIMELINE,
	/** The household's access log. */
	ACCESS_LOG,
	/** What is shared with whom, on which basis. */
	SHARES,
	/** Relations, linked households, themes across generations. */
	FAMILY_SYSTEM,
	/** Life-domain scores. */
	LIFE_DOMAINS,
	/**
	 * The family's own accounts: who of the family logs in. Read by the core team;
	 * invited, given a new code and ended by the contact person only.
	 */
	FAMILY_ACCOUNTS,
	/**
	 * What the family adds as itself: its views, objections, messages, ticks on its own
	 * agreements. Read by the core team; written only by the family member.
	 */
	FAMILY_VOICE,
	/**
	 * Closing the file (help ends): only the contact person closes; reopening follows its
	 * own rule ({@link AccessDecision#decideReopening}).
	 */
	CLOSURE,
	/**
	 * What a professional keeps from one family member, with its legal reason and review
	 * date: the core team reads and writes it; partners and the family never see it (the
	 * family sees only how many items are kept and why in general terms).
	 */
	WITHHOLDINGS,
	/**
	 * The legal track: requests to the Raad, court orders and their steps, placement
	 * decisions. Read by the core team and the family; recorded by the contact person,
	 * the director, or a core-team member or expert of the regional safety team.
	 */
	LEGAL_TRACK,
	/** Anything not named above: for the core team only. */
	OTHER;

	/**
	 * The kind of data an access-log resource names ({@code assessment:…},
	 * {@code plan.goal}, {@code note} ...): the one table from the names the modules log
	 * to the kinds the decision knows. A name not listed is {@link #OTHER}, which only
	 * the core team sees, so a forgotten name never opens anything to a partner.
	 */
	public static HouseholdItem of(String resource) {
		String kind = resource.split("[:.]", 2)[0];
		return switch (kind) {
			case "household" -> resource.startsWith("household.bsn") ? MEMBERS : HOUSEHOLD;
			case "members", "member" -> MEMBERS;
			case "network", "measures", "emergency-access", "involvement" -> NETWORK;
			case "note", "notes" -> CORE_TEAM_NOTES;
			case "assessment", "assessments" -> ASSESSMENTS;
			case "plan" -> PLAN;
			case "timeline" -> TIMELINE;
			case "access-log" -> ACCESS_LOG;
			case "share", "shares" -> SHARES;
			case "relation", "relations", "household-link", "theme", "family-system" -> FAMILY_SYSTEM;
			case "life-domains" -> LIFE_DOMAINS;
			case "family-account", "family-accounts" -> FAMILY_ACCOUNTS;
			case "closure" -> CLOSURE;
			case "family-view", "family-views", "objection", "objections", "family-message", "heard",
					"family-sharing" ->
				FAMILY_VOICE;
			case "withholding", "withholdings" -> WITHHOLDINGS;
			case "court-order", "court-orders", "raad-request", "placement-decision", "legal-steps" -> LEGAL_TRACK;
			default -> OTHER;
		};
	}

}

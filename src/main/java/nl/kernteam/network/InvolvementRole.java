package nl.kernteam.network;

/** How someone is involved with a household. */
public enum InvolvementRole {

	/**
	 * Part of the core team: the contact person, and a regional safety team professional
	 * on escalation.
	 */
	CORE_TEAM,
	/** Expertise brought in, without taking the family over. */
	EXPERT,
	/** A partner organisation (mental health, police, school, GP ...). */
	PARTNER,
	/**
	 * Someone from the family's own circle: grandmother, neighbour, coach. A person, not
	 * an account.
	 */
	INFORMAL

}

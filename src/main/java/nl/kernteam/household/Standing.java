package nl.kernteam.household;

/**
 * How an actor stands to a household now: the first thing {@link AccessDecision} asks.
 */
public enum Standing {

	/** Not involved (or no longer) and no emergency access. */
	NONE,
	/** The contact person. */
	CONTACT_PERSON,
	/** The director, when that is not the contact person. */
	DIRECTOR,
	/** Involved in the core team. */
	CORE_TEAM,
	/** Expertise brought in. */
	EXPERT,
	/** A partner organisation in the network: sees what it needs to know. */
	PARTNER,
	/** Not involved, under a running emergency access: reads only, every read flagged. */
	EMERGENCY

}

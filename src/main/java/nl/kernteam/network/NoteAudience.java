package nl.kernteam.network;

/** Who a contact note is for. */
public enum NoteAudience {

	/**
	 * The family, the contact person, the director, the core team and experts brought in:
	 * the default.
	 */
	CORE_TEAM,
	/** The whole network, partners included. */
	NETWORK

}

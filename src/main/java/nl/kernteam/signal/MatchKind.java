package nl.kernteam.signal;

/** Why two signals match. */
public enum MatchKind {

	/** Both signals are on the same person. */
	PERSON,
	/**
	 * The signals are on two members of the same Kernteam household, such as a parent and
	 * their child.
	 */
	FAMILY

}

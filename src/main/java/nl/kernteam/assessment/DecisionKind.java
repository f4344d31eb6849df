package nl.kernteam.assessment;

/** What a key decision is about. */
public enum DecisionKind {

	/**
	 * Placement of a child outside the home: needs a behavioural scientist as challenger.
	 */
	PLACEMENT,
	/** Asking for a court measure (the legal track). */
	COURT_MEASURE,
	/** Help or support for the family. */
	HELP, OTHER

}

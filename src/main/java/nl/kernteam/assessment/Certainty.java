package nl.kernteam.assessment;

/** How certain a fact is, so that a fact and an opinion are never confused. */
public enum Certainty {

	/** The source saw or heard it themselves. */
	SEEN,
	/** The source was told by someone else. */
	TOLD,
	/** An interpretation of the source, not an observation. */
	INTERPRETATION

}

package nl.kernteam.safetyteam;

/** How soon the asking team needs the organisation to decide on a request. */
public enum ExpertiseRequestUrgency {

	/** In the ordinary course of the work. */
	ROUTINE,
	/** Within days. */
	URGENT,
	/** Today: the situation is unsafe now. */
	ACUTE

}

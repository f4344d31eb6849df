package nl.kernteam.safetyteam;

/** Where a request stands. */
public enum ExpertiseRequestStatus {

	/**
	 * Asked; the organisation has not decided. Its professionals do not see the
	 * household.
	 */
	REQUESTED,
	/**
	 * A professional of the organisation joined the core team until the time box ends.
	 */
	ACCEPTED,
	/** The organisation said no, with a reason; nobody joined. */
	DECLINED,
	/**
	 * The time box ended and with it the involvement (or help ended: the file was
	 * closed).
	 */
	ENDED,
	/** Help ended (the file was closed) before the organisation decided. */
	WITHDRAWN

}

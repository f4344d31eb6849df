package nl.kernteam.audit;

/** Whether the access was allowed. Refused attempts are logged too. */
public enum AccessOutcome {

	GRANTED, DENIED

}

package nl.kernteam.safetyteam;

/**
 * The statutory clocks of a report to Veilig Thuis, and the end of a running court order.
 */
public enum DeadlineKind {

	/** Within 5 working days of receiving the report, the same day when acute. */
	SAFETY_ASSESSMENT,
	/** Within 10 weeks of the assessment that decided to investigate. */
	INVESTIGATION,
	/** A running court order ends (after its latest extension). */
	COURT_ORDER_ENDS

}

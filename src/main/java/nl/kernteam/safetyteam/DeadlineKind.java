package nl.kernteam.safetyteam;

/** The statutory clocks of a report to Veilig Thuis. */
public enum DeadlineKind {

	/** Within 5 working days of receiving the report, the same day when acute. */
	SAFETY_ASSESSMENT,
	/** Within 10 weeks of the assessment that decided to investigate. */
	INVESTIGATION

}

package nl.kernteam.safetyteam;

/** What Veilig Thuis's safety assessment decided. */
public enum ReportOutcome {

	/** Veilig Thuis investigates: starts the {@link DeadlineKind#INVESTIGATION} clock. */
	INVESTIGATION,
	/** Safety conditions are set and monitored (voorwaarden en vervolg). */
	SAFETY_CONDITIONS,
	/** Responsibility goes back to the local team or a professional already involved. */
	HAND_OVER_TO_LOCAL,
	/** The report is turned into advice. */
	ADVICE,
	/** Nothing further. */
	CLOSE

}

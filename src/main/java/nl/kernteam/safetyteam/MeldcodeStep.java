package nl.kernteam.safetyteam;

/** The five steps of the reporting code (meldcode), in order. */
public enum MeldcodeStep {

	/** Map the signals, record facts; the child check for adult services. */
	MAP_SIGNALS,
	/**
	 * Consult a colleague, the aandachtsfunctionaris, Veilig Thuis or a forensic doctor.
	 */
	CONSULT,
	/** Talk with the parents and the child, unless that endangers someone. */
	TALK,
	/** Weigh the nature and severity, with the weighing framework's five questions. */
	WEIGH,
	/** Decide: organise help, and/or report. */
	DECIDE

}

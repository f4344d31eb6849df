package nl.kernteam.safetyteam;

/**
 * A report (melding: the reporter is known and Veilig Thuis takes over keeping sight of
 * safety) or an advice request (advies: the family stays anonymous; no clock).
 */
public enum ReportKind {

	REPORT, ADVICE

}

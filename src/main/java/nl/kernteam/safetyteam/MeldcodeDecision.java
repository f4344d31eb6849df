package nl.kernteam.safetyteam;

/** What a meldcode trail ends in. */
public enum MeldcodeDecision {

	HELP_ORGANISED, ADVICE_ASKED, REPORT_MADE

}

package nl.kernteam.safetyteam;

import java.util.List;

/**
 * The reports section of the household page as it shows (issue 19): every text, date and
 * link made once in Java, so that its template only places them.
 *
 * @param running the unmet clocks of all reports, soonest first
 * @param reports the reports, newest first
 * @param meldcodeHref the household's meldcode trail
 */
record ReportSectionView(List<Clock> running, List<Report> reports, String meldcodeHref) {

	/** A running clock: what is due, by when, and whether that day has passed. */
	public record Clock(String kind, String due, boolean overdue) {
	}

	/**
	 * A report: its kind, to whom and when, and the steps since (null or empty when not
	 * taken).
	 */
	public record Report(String kind, String to, boolean acute, String assessed, String concluded,
			List<String> feedback) {
	}

}

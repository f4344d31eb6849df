package nl.kernteam.safetyteam;

import java.util.List;

/**
 * The reports section of the household page as it shows (issue 19): every text, date and
 * link made once in Java, so that its jte template ({@code safetyteam/section.jte}) only
 * places them.
 *
 * @param title the section's heading
 * @param none that there is no report, {@code null} when there are
 * @param runningTitle the heading over the running clocks
 * @param running the unmet clocks of all reports, soonest first
 * @param overdue the words for a clock whose day has passed
 * @param historyTitle the heading over the reports
 * @param reports the reports, newest first
 * @param acute the words for an acute report
 * @param meldcodeHref the household's meldcode trail
 * @param meldcodeText the words of the link to it
 */
record ReportSectionView(String title, String none, String runningTitle, List<Clock> running, String overdue,
		String historyTitle, List<Report> reports, String acute, String meldcodeHref, String meldcodeText) {

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

package nl.kernteam.assessment;

import java.util.List;

/**
 * The household page's assessment section as it is shown, computed once per page in Java
 * (issue 19): every text, number, coordinate, date and link is ready, so that
 * {@code assessment/section.jte} only places them. Texts are plain and escaped by the
 * template; a field left out of the page is {@code null}.
 *
 * @param newHref "Nieuw gesprek", {@code null} when read-only (emergency access)
 * @param empty the text shown without any assessment, {@code null} when there are some
 * @param latest the latest (judged) assessment, {@code null} without assessments
 * @param noScores the text shown when none of the assessments has scores
 * @param chart the chart, its legend, summary and table; {@code null} without scores
 */
record ScoreChartView(String title, String newHref, String newText, String empty, Latest latest, String noScores,
		Chart chart) {

	/**
	 * The latest judged assessment (or the latest, when none is judged), and a newer one
	 * without a judgement beside it.
	 *
	 * @param badgeClass "badge", with "badge--warning" for a judgement that needs a
	 * rationale
	 * @param unjudged "Het gesprek van … heeft nog geen oordeel", {@code null} unless a
	 * newer assessment is not judged yet
	 * @param openUnjudgedHref the way to that newer one, {@code null} unless it is shown
	 */
	record Latest(String text, String badgeClass, String judgement, String unjudged, String openHref, String openText,
			String openUnjudgedHref, String openUnjudgedText, String allHref, String allText) {
	}

	/**
	 * The chart with its text alternatives.
	 *
	 * @param axisTop the top of the vertical axis (the highest grid line)
	 */
	record Chart(String title, String desc, String viewBox, double left, double right, double axisTop, double bottom,
			List<Gridline> grid, List<Label> dates, List<Divergence> divergences, List<SeriesView> series,
			String legendHeading, Summary summary, Table table) {
	}

	/** A grid line and its score on the left. */
	record Gridline(double y, double tickX, double tickY, int score) {
	}

	/** A text placed in the chart. */
	record Label(double x, double y, String text) {
	}

	/**
	 * The bracket and label that mark a column where family and professionals lie far
	 * apart.
	 */
	record Divergence(double x, double from, double to, double familyY, double professionalY, Label label) {
	}

	/**
	 * One participant's line, its markers (circles for the family, squares for
	 * professionals, diamonds for the informal network) and its legend and table label.
	 */
	record SeriesView(String label, String style, String colour, String dash, String points, boolean family,
			boolean professional, boolean informal, List<Marker> markers) {
	}

	/**
	 * One score in the chart: its centre, the square's corner and the diamond's points.
	 */
	record Marker(double x, double y, double squareX, double squareY, String diamond) {
	}

	/**
	 * The chart in words below it.
	 *
	 * @param truncated "De grafiek toont de laatste …", {@code null} when all are shown
	 * @param lastAverages the averages of the latest assessment, {@code null} without
	 * both
	 */
	record Summary(String span, String truncated, String lastAverages, List<String> divergences) {
	}

	/** The table that gives the chart's figures. */
	record Table(String summary, String caption, String participant, List<String> dates, List<Row> rows,
			String judgementHeading, List<String> judgements, String familyAverageHeading, List<String> familyAverages,
			String professionalAverageHeading, List<String> professionalAverages, String differenceHeading,
			List<Cell> differences) {
	}

	/** A participant's scores, "geen score" where they gave none. */
	record Row(String label, List<String> scores) {
	}

	/**
	 * A cell with its class, {@code null} for none.
	 */
	record Cell(String text, String cssClass) {
	}

}

package nl.kernteam.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The scale per quarter as two lines, for a server-rendered SVG like the assessment's
 * chart: the family solid with round markers, the professionals dashed with square ones
 * (told apart by line and marker, not colour alone). A withheld quarter has no marker;
 * the table beside the chart is its text alternative and says why.
 */
record ScaleChart(List<Column> columns, List<Series> series, List<Gridline> grid) {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	static final int LEFT = 48;

	static final int RIGHT = 616;

	static final int TOP = 16;

	static final int BOTTOM = HEIGHT - 48;

	record Column(String label, double x) {
	}

	/**
	 * A marker with its value beside it: the family's left of the quarter, the
	 * professionals' right, so that equal averages do not hide each other.
	 */
	record Point(double x, double y, String valueText, boolean left) {

		public double textX() {
			return left ? x - 12 : x + 12;
		}

		public String anchor() {
			return left ? "end" : "start";
		}
	}

	record Gridline(int score, double y) {
	}

	record Series(String labelKey, String styleKey, String colour, String dash, boolean round, List<Point> points) {

		public String polyline() {
			var text = new StringBuilder();
			for (var p : points) {
				text.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
			}
			return text.toString().strip();
		}
	}

	static ScaleChart of(List<ScaleQuarter> quarters) {
		var columns = new ArrayList<Column>();
		double step = quarters.size() <= 1 ? 0 : (RIGHT - LEFT - 40.0) / (quarters.size() - 1);
		for (int i = 0; i < quarters.size(); i++) {
			double x = quarters.size() == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + 20 + i * step;
			columns.add(new Column(quarters.get(i).label(), x));
		}
		var grid = new ArrayList<Gridline>();
		for (int score = 0; score <= 10; score += 2) {
			grid.add(new Gridline(score, y(score)));
		}
		return new ScaleChart(columns,
				List.of(series("learning.scale.family", "learning.scale.family.style", "#0072B2", "none", true,
						quarters, columns, ScaleQuarter::familyAverage),
						series("learning.scale.professionals", "learning.scale.professionals.style", "#D55E00", "10 6",
								false, quarters, columns, ScaleQuarter::professionalAverage)),
				grid);
	}

	private static Series series(String key, String styleKey, String colour, String dash, boolean round,
			List<ScaleQuarter> quarters, List<Column> columns, Function<ScaleQuarter, Double> average) {
		var points = new ArrayList<Point>();
		for (int i = 0; i < quarters.size(); i++) {
			Double value = average.apply(quarters.get(i));
			if (value != null) {
				points.add(new Point(columns.get(i).x() + (round ? -9 : 9), y(value), decimal(value), round));
			}
		}
		return new Series(key, styleKey, colour, dash, round, points);
	}

	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

	private static double y(double score) {
		return BOTTOM - score / 10 * (BOTTOM - TOP);
	}

	public boolean empty() {
		return columns.isEmpty();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int bottom() {
		return BOTTOM;
	}

	public int top() {
		return TOP;
	}

}

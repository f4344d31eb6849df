package nl.kernteam.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-household measures as horizontal bars, for a server-rendered SVG; the table on
 * the page beside it is its text alternative. Every bar carries its value in text, so
 * nothing is told by length or colour alone.
 */
record MeasureChart(List<Bar> bars, double scale, int height) {

	static final int WIDTH = 640;

	static final int LABEL = 260;

	static final int ROW = 40;

	record Bar(String labelKey, double value, double y, double width) {

		public String valueText() {
			return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
		}

		public double textX() {
			return LABEL + width + 8;
		}
	}

	static MeasureChart of(Measures m) {
		if (m.suppressed()) {
			return new MeasureChart(List.of(), 0, 0);
		}
		double[] figures = { m.handoversPerHousehold(), m.professionalsPerHousehold(), m.organisationsPerHousehold() };
		String[] keys = { "learning.measure.handovers", "learning.measure.professionals",
				"learning.measure.organisations" };
		double max = 1;
		for (double figure : figures) {
			max = Math.max(max, figure);
		}
		double scale = (WIDTH - LABEL - 60) / max;
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < figures.length; i++) {
			bars.add(new Bar(keys[i], figures[i], 16 + i * ROW, figures[i] * scale));
		}
		return new MeasureChart(bars, scale, 24 + figures.length * ROW);
	}

	public int width() {
		return WIDTH;
	}

	public int labelWidth() {
		return LABEL;
	}

}

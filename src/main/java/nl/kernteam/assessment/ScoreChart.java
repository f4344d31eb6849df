package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The safety scale of a household's participants over successive assessments, laid out
 * for a server-rendered SVG and for the table that is its text alternative. Participants
 * are followed across assessments by household member, professional, or else kind and
 * name. Where the family's average and the professionals' average lie
 * {@value #DIVERGENCE} points or more apart, the column is marked as divergent: with a
 * bracket and a label in the chart, and in words in the table, never by colour alone.
 * Kinds differ by line style and marker shape too.
 */
record ScoreChart(List<Column> columns, List<Series> series, List<Gridline> grid, int total) {

	static final int DIVERGENCE = 3;

	static final int WIDTH = 720;

	static final int HEIGHT = 320;

	static final int LEFT = 48;

	// room for the divergence label right of the last column
	static final int RIGHT = 104;

	static final int TOP = 24;

	static final int BOTTOM = 56;

	/**
	 * Okabe–Ito colours, told apart by most colour-blind readers; kinds also differ by
	 * line and marker.
	 */
	static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
			"#000000");

	/**
	 * One score of one participant in one assessment (participant fields {@code null} for
	 * an assessment without scores).
	 */
	record Row(UUID assessmentId, LocalDate date, Safety judgement, String participantKey, String name,
			ParticipantKind kind, Integer score) {
	}

	record Column(UUID assessmentId, LocalDate date, Safety judgement, double x, Double familyAverage,
			Double professionalAverage) {

		/**
		 * Where the bracket that marks a divergence stands: right of the column's
		 * markers.
		 */
		public double bracketX() {
			return x + 28;
		}

		/**
		 * The distance between the family's and the professionals' averages, rounded;
		 * {@code null} without both.
		 */
		public Integer gap() {
			return familyAverage == null || professionalAverage == null ? null
					: (int) Math.round(Math.abs(familyAverage - professionalAverage));
		}

		public boolean divergent() {
			return gap() != null && gap() >= DIVERGENCE;
		}

		public double familyY() {
			return y(familyAverage);
		}

		public double professionalY() {
			return y(professionalAverage);
		}

		public String familyAverageText() {
			return average(familyAverage);
		}

		public String professionalAverageText() {
			return average(professionalAverage);
		}
	}

	record Point(double x, double y, int score, LocalDate date) {

		/** A diamond around the point, for informal network members. */
		public String diamond() {
			return String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y - 7, x + 7, y, x, y + 7,
					x - 7, y);
		}
	}

	record Series(String key, String name, ParticipantKind kind, String colour, List<Point> points,
			List<Integer> scores) {

		public String polyline() {
			var result = new StringBuilder();
			points.forEach(p -> result.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y())));
			return result.toString().trim();
		}

		/**
		 * Solid for the family, dashed for professionals, dotted for the informal
		 * network.
		 */
		public String dash() {
			return switch (kind) {
				case FAMILY -> "none";
				case PROFESSIONAL -> "10 6";
				case INFORMAL -> "2 5";
			};
		}
	}

	record Gridline(int score, double y) {
	}

	public boolean empty() {
		return series.isEmpty();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public double left() {
		return LEFT;
	}

	public double right() {
		return WIDTH - RIGHT;
	}

	public double bottom() {
		return HEIGHT - BOTTOM;
	}

	public boolean truncated() {
		return total > columns.size();
	}

	public List<Column> divergent() {
		return columns.stream().filter(Column::divergent).toList();
	}

	public Column last() {
		return columns.get(columns.size() - 1);
	}

	/**
	 * The latest assessment with a judgement, {@code null} when none of those shown has
	 * one: a meeting just started does not hide the last real judgement (issue 17).
	 */
	public Column lastJudged() {
		for (int i = columns.size() - 1; i >= 0; i--) {
			if (columns.get(i).judgement() != null) {
				return columns.get(i);
			}
		}
		return null;
	}

	/**
	 * @param rows in date order, one per score; {@code total} is the number of the
	 * household's assessments
	 */
	static ScoreChart of(List<Row> rows, int total) {
		Map<UUID, List<Row>> byAssessment = new LinkedHashMap<>();
		rows.forEach(row -> byAssessment.computeIfAbsent(row.assessmentId(), id -> new ArrayList<>()).add(row));
		var assessments = new ArrayList<>(byAssessment.values());
		int n = assessments.size();
		var columns = new ArrayList<Column>();
		for (int i = 0; i < n; i++) {
			var scored = assessments.get(i).stream().filter(r -> r.score() != null).toList();
			Row first = assessments.get(i).get(0);
			columns.add(new Column(first.assessmentId(), first.date(), first.judgement(), x(i, n),
					average(scored, ParticipantKind.FAMILY), average(scored, ParticipantKind.PROFESSIONAL)));
		}
		return new ScoreChart(columns, series(rows, columns), gridlines(), total);
	}

	private static List<Series> series(List<Row> rows, List<Column> columns) {
		Map<String, List<Row>> byParticipant = new LinkedHashMap<>();
		rows.stream()
			.filter(r -> r.score() != null)
			.forEach(r -> byParticipant.computeIfAbsent(r.participantKey(), k -> new ArrayList<>()).add(r));
		var ordered = byParticipant.values()
			.stream()
			.sorted(Comparator.comparingInt((List<Row> s) -> order(s.get(0).kind())))
			.toList();
		var result = new ArrayList<Series>();
		for (int s = 0; s < ordered.size(); s++) {
			double dodge = dodge(s, ordered.size());
			var scores = ordered.get(s);
			Row last = scores.get(scores.size() - 1);
			var points = new ArrayList<Point>();
			var perColumn = new ArrayList<Integer>();
			for (Column column : columns) {
				var score = scores.stream().filter(r -> r.assessmentId().equals(column.assessmentId())).findFirst();
				score.ifPresent(r -> points.add(new Point(column.x() + dodge, y(r.score()), r.score(), r.date())));
				perColumn.add(score.map(Row::score).orElse(null));
			}
			result.add(new Series(last.participantKey(), last.name(), last.kind(), COLOURS.get(s % COLOURS.size()),
					points, perColumn));
		}
		return result;
	}

	/**
	 * Moves each series a little sideways, so that participants who give the same score
	 * stay visible side by side instead of hiding each other.
	 */
	static double dodge(int series, int count) {
		double step = Math.min(6, 36.0 / Math.max(1, count));
		return (series - (count - 1) / 2.0) * step;
	}

	private static int order(ParticipantKind kind) {
		return switch (kind) {
			case FAMILY -> 0;
			case INFORMAL -> 1;
			case PROFESSIONAL -> 2;
		};
	}

	private static List<Gridline> gridlines() {
		return IntStream.rangeClosed(0, 5).map(i -> i * 2).mapToObj(score -> new Gridline(score, y(score))).toList();
	}

	private static Double average(List<Row> rows, ParticipantKind kind) {
		OptionalDouble average = rows.stream().filter(r -> r.kind() == kind).mapToInt(Row::score).average();
		return average.isPresent() ? average.getAsDouble() : null;
	}

	static double x(int index, int count) {
		double pad = 32; // keeps the first and last markers off the axes
		double width = WIDTH - LEFT - RIGHT - 2 * pad;
		return count == 1 ? LEFT + pad + width / 2 : LEFT + pad + index * width / (count - 1);
	}

	static double y(Double score) {
		return score == null ? 0 : y(score.doubleValue());
	}

	static double y(double score) {
		return TOP + (10 - score) * (HEIGHT - TOP - BOTTOM) / 10.0;
	}

	static String average(Double value) {
		return value == null ? null : String.format(Locale.ROOT, "%.1f", value).replace(".0", "").replace('.', ',');
	}
}

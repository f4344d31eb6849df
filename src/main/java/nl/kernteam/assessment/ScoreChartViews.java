package nl.kernteam.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.assessment.ScoreChart.Column;
import nl.kernteam.assessment.ScoreChart.Series;
import nl.kernteam.assessment.ScoreChartView.Cell;
import nl.kernteam.assessment.ScoreChartView.Chart;
import nl.kernteam.assessment.ScoreChartView.Divergence;
import nl.kernteam.assessment.ScoreChartView.Gridline;
import nl.kernteam.assessment.ScoreChartView.Label;
import nl.kernteam.assessment.ScoreChartView.Latest;
import nl.kernteam.assessment.ScoreChartView.Marker;
import nl.kernteam.assessment.ScoreChartView.Row;
import nl.kernteam.assessment.ScoreChartView.SeriesView;
import nl.kernteam.assessment.ScoreChartView.Summary;
import nl.kernteam.assessment.ScoreChartView.Table;
import nl.kernteam.shared.DisplayDates;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the household page's {@link ScoreChartView} from the {@link ScoreChart}: its
 * texts from the messages in the request's locale (a text without arguments looked up
 * once per page, not per row), its dates formatted, its coordinates computed and its
 * links ready (issue 19: the section's template evaluated some ten expressions per column
 * and series).
 */
@Component
class ScoreChartViews {

	private final MessageSource messages;

	ScoreChartViews(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param contextPath the application's context path, before every link
	 */
	ScoreChartView of(ScoreChart chart, UUID householdId, boolean readOnly, Locale locale, String contextPath) {
		var texts = new Texts(messages, locale);
		String household = contextPath + "/households/" + householdId;
		String newHref = readOnly ? null : household + "/assessments/new";
		if (chart.columns().isEmpty()) {
			return new ScoreChartView(texts.text("assessment.section.title"), newHref,
					texts.text("assessment.new.action"), texts.text("assessment.section.empty"), null, null, null);
		}
		return new ScoreChartView(texts.text("assessment.section.title"), newHref, texts.text("assessment.new.action"),
				null, latest(chart, household, texts), chart.empty() ? texts.text("assessment.chart.noScores") : null,
				chart.empty() ? null : chart(chart, texts));
	}

	private static Latest latest(ScoreChart chart, String household, Texts texts) {
		Column last = chart.last();
		Column judged = chart.lastJudged() != null ? chart.lastJudged() : last;
		var longDate = DisplayDates.of("d MMMM yyyy", texts.locale());
		boolean unjudgedShown = judged != last;
		return new Latest(texts.text("assessment.section.latest", longDate.format(judged.date())),
				judged.judgement() != null && judged.judgement().needsRationale() ? "badge badge--warning" : "badge",
				texts.safety(judged.judgement()),
				chart.lastJudged() != null && last.judgement() == null
						? texts.text("assessment.section.latestUnjudged", longDate.format(last.date())) : null,
				household + "/assessments/" + judged.assessmentId(), texts.text("assessment.section.open"),
				unjudgedShown ? household + "/assessments/" + last.assessmentId() : null,
				unjudgedShown ? texts.text("assessment.section.openUnjudged", texts.date(last)) : null,
				household + "/assessments", texts.text("assessment.section.all", chart.total()));
	}

	private static Chart chart(ScoreChart chart, Texts texts) {
		var shortDate = DisplayDates.of("d-M-yy", texts.locale());
		var grid = chart.grid()
			.stream()
			.map(g -> new Gridline(g.y(), chart.left() - 10, g.y() + 5, g.score()))
			.toList();
		var dates = chart.columns()
			.stream()
			.map(c -> new Label(c.x(), chart.bottom() + 24, shortDate.format(c.date())))
			.toList();
		var divergent = chart.divergent();
		var divergences = divergent.stream()
			.map(c -> new Divergence(c.bracketX(), c.bracketX() - 6, c.bracketX() + 6, c.familyY(), c.professionalY(),
					new Label(c.bracketX() + 8, (c.familyY() + c.professionalY()) / 2 + 5,
							texts.text("assessment.chart.gapLabel", c.gap()))))
			.toList();
		var series = chart.series().stream().map(s -> series(s, texts)).toList();
		Column last = chart.last();
		var summary = new Summary(
				texts.text("assessment.chart.span", chart.columns().size(), texts.date(chart.columns().get(0)),
						texts.date(last)),
				chart.truncated() ? texts.text("assessment.chart.truncated", chart.columns().size(), chart.total())
						: null,
				last.familyAverage() != null && last.professionalAverage() != null
						? texts.text("assessment.chart.lastAverages", last.familyAverageText(),
								last.professionalAverageText())
						: null,
				divergent.stream()
					.map(c -> texts.text("assessment.chart.divergence", texts.date(c), c.gap()))
					.toList());
		return new Chart(texts.text("assessment.chart.title"), texts.text("assessment.chart.desc"),
				"0 0 " + chart.width() + " " + chart.height(), chart.left(), chart.right(), chart.grid().get(5).y(),
				chart.bottom(), grid, dates, divergences, series, texts.text("assessment.chart.legend"), summary,
				table(chart, series, texts));
	}

	private static SeriesView series(Series s, Texts texts) {
		var markers = s.points()
			.stream()
			.map(p -> new Marker(p.x(), p.y(), p.x() - 6, p.y() - 6, p.diamond()))
			.toList();
		return new SeriesView(
				texts.text("assessment.chart.seriesLabel", s.name(),
						texts.text("assessment.participantKind." + s.kind())),
				texts.text("assessment.chart.style." + s.kind()), s.colour(), s.dash(), s.polyline(),
				s.kind() == ParticipantKind.FAMILY, s.kind() == ParticipantKind.PROFESSIONAL,
				s.kind() == ParticipantKind.INFORMAL, markers);
	}

	private static Table table(ScoreChart chart, List<SeriesView> views, Texts texts) {
		String noScore = texts.text("assessment.chart.noScore");
		String divergentWord = texts.text("assessment.chart.divergent");
		var columns = chart.columns();
		var rows = new ArrayList<Row>(views.size());
		for (int i = 0; i < views.size(); i++) {
			rows.add(new Row(views.get(i).label(),
					chart.series()
						.get(i)
						.scores()
						.stream()
						.map(v -> v != null ? String.valueOf(v) : noScore)
						.toList()));
		}
		return new Table(texts.text("assessment.chart.table"), texts.text("assessment.chart.caption"),
				texts.text("assessment.chart.participant"), columns.stream().map(texts::date).toList(), rows,
				texts.text("assessment.list.judgement"),
				columns.stream().map(c -> texts.safety(c.judgement())).toList(),
				texts.text("assessment.chart.familyAverage"),
				columns.stream().map(c -> c.familyAverage() != null ? c.familyAverageText() : noScore).toList(),
				texts.text("assessment.chart.professionalAverage"),
				columns.stream()
					.map(c -> c.professionalAverage() != null ? c.professionalAverageText() : noScore)
					.toList(),
				texts.text("assessment.chart.difference"),
				columns.stream()
					.map(c -> c.gap() == null ? new Cell(noScore, null)
							: c.divergent() ? new Cell(c.gap() + " (" + divergentWord + ")", "score-table__divergent")
									: new Cell(String.valueOf(c.gap()), null))
					.toList());
	}

	/**
	 * The messages of one page: a text without arguments is looked up once, whatever the
	 * number of rows showing it.
	 */
	private static final class Texts {

		private final PageTexts page;

		private final DateTimeFormatter date;

		private final Map<String, String> looked = new HashMap<>();

		Texts(MessageSource messages, Locale locale) {
			this.page = new PageTexts(messages, locale, "");
			this.date = DisplayDates.of("d-M-yyyy", locale);
		}

		Locale locale() {
			return page.locale();
		}

		String text(String key) {
			return looked.computeIfAbsent(key, page::text);
		}

		String text(String key, Object... arguments) {
			return page.text(key, arguments);
		}

		String date(Column column) {
			return date.format(column.date());
		}

		String safety(Safety safety) {
			return AssessmentReadViews.safety(safety, this::text);
		}

	}

}

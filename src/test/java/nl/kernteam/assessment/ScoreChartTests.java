package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.ScoreChart.Row;
import org.junit.jupiter.api.Test;

class ScoreChartTests {

	final UUID first = UUID.randomUUID();

	final UUID second = UUID.randomUUID();

	List<Row> rows(int motherThen, int motherNow, int workerNow) {
		var rows = new ArrayList<Row>();
		rows.add(new Row(first, LocalDate.of(2025, 1, 10), new Safety(false, true, null), "m1", "Sanne",
				ParticipantKind.FAMILY, motherThen));
		rows.add(new Row(first, LocalDate.of(2025, 1, 10), new Safety(false, true, null), "p1", "Anouk",
				ParticipantKind.PROFESSIONAL, 3));
		rows.add(new Row(second, LocalDate.of(2025, 3, 10), new Safety(false, false, false), "m1", "Sanne V.",
				ParticipantKind.FAMILY, motherNow));
		rows.add(new Row(second, LocalDate.of(2025, 3, 10), new Safety(false, false, false), "p1", "Anouk",
				ParticipantKind.PROFESSIONAL, workerNow));
		rows.add(new Row(second, LocalDate.of(2025, 3, 10), new Safety(false, false, false), "i:riet", "Riet",
				ParticipantKind.INFORMAL, 8));
		return rows;
	}

	@Test
	void followsEachParticipantAcrossAssessmentsUnderTheLatestName() {
		var chart = ScoreChart.of(rows(4, 6, 5), 2);
		assertThat(chart.columns()).extracting(ScoreChart.Column::assessmentId).containsExactly(first, second);
		assertThat(chart.series()).extracting(ScoreChart.Series::name).containsExactly("Sanne V.", "Riet", "Anouk");
		assertThat(chart.series().get(0).scores()).containsExactly(4, 6);
		assertThat(chart.series().get(1).scores()).containsExactly(null, 8);
		assertThat(chart.series().get(0).points()).hasSize(2);
		assertThat(chart.truncated()).isFalse();
	}

	@Test
	void marksADivergenceOfThreePointsOrMoreBetweenFamilyAndProfessionals() {
		var close = ScoreChart.of(rows(4, 6, 4), 2);
		assertThat(close.divergent()).isEmpty();
		assertThat(close.last().gap()).isEqualTo(2);
		var apart = ScoreChart.of(rows(4, 8, 2), 2);
		assertThat(apart.divergent()).extracting(ScoreChart.Column::assessmentId).containsExactly(second);
		assertThat(apart.last().gap()).isEqualTo(6);
		assertThat(apart.last().familyAverageText()).isEqualTo("8");
	}

	@Test
	void higherScoresStandHigherAndSameScoresStaySideBySide() {
		var chart = ScoreChart.of(rows(4, 6, 6), 2);
		var mother = chart.series().get(0).points().get(1);
		var worker = chart.series().get(2).points().get(1);
		assertThat(ScoreChart.y(10.0)).isLessThan(ScoreChart.y(0.0));
		assertThat(mother.y()).isEqualTo(worker.y());
		assertThat(mother.x()).isNotEqualTo(worker.x());
		assertThat(chart.series().get(2).dash()).isNotEqualTo(chart.series().get(0).dash());
	}

	@Test
	void anAssessmentWithoutScoresIsAColumnWithoutPoints() {
		var rows = List.of(new Row(first, LocalDate.of(2025, 1, 10), null, null, null, null, null));
		var chart = ScoreChart.of(rows, 1);
		assertThat(chart.columns()).hasSize(1);
		assertThat(chart.empty()).isTrue();
		assertThat(chart.last().gap()).isNull();
	}

}

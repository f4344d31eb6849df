package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.kernteam.safetyteam.CourtOrderWarning.Kind;
import org.junit.jupiter.api.Test;

/** The warnings of a running court order appear on their day, not a day before. */
class CourtOrderWarningTests {

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final LocalDate END = START.plusYears(1);

	@Test
	void theExtensionWarningAppearsTheConfiguredWeeksBeforeTheEndAndGoesWhenTheOrderHasEnded() {
		assertThat(CourtOrderWarning.of(CourtOrderKind.SUPERVISION, START, END, null, null,
				END.minusWeeks(8).minusDays(1), 8))
			.isEmpty();
		assertThat(CourtOrderWarning.of(CourtOrderKind.SUPERVISION, START, END, null, null, END.minusWeeks(8), 8))
			.containsExactly(new CourtOrderWarning(Kind.REQUEST_EXTENSION, END, false));
		assertThat(CourtOrderWarning.of(CourtOrderKind.SUPERVISION, START, END, null, null, END, 8)).hasSize(1);
		assertThat(CourtOrderWarning.of(CourtOrderKind.SUPERVISION, START, END, null, null, END.plusDays(1), 8))
			.isEmpty();
		assertThat(CourtOrderWarning.of(CourtOrderKind.SUPERVISION, START, END, null, null, END.minusWeeks(12), 12))
			.hasSize(1);
	}

	@Test
	void anOrderThatCannotBeExtendedGivesNoExtensionWarning() {
		assertThat(CourtOrderWarning.of(CourtOrderKind.PROVISIONAL_SUPERVISION, START, START.plusMonths(3), null, null,
				START.plusMonths(3), 8))
			.isEmpty();
		assertThat(CourtOrderWarning.of(CourtOrderKind.CUSTODY, START, START.plusYears(5), null, null,
				START.plusYears(5), 8))
			.isEmpty();
	}

	@Test
	void anEmergencyPlacementNeedsAHearingWithinTwoWeeksUntilThePartiesWereHeard() {
		LocalDate end = START.plusWeeks(2);
		assertThat(CourtOrderWarning.of(CourtOrderKind.EMERGENCY_PLACEMENT, START, end, null, null, START, 8))
			.containsExactly(new CourtOrderWarning(Kind.HEARING_NEEDED, end, false));
		assertThat(CourtOrderWarning.of(CourtOrderKind.EMERGENCY_PLACEMENT, START, end.plusMonths(6), null, null,
				end.plusDays(1), 8))
			.containsExactly(new CourtOrderWarning(Kind.HEARING_NEEDED, end, true));
		assertThat(CourtOrderWarning.of(CourtOrderKind.EMERGENCY_PLACEMENT, START, end, START.plusDays(5), null,
				START.plusDays(6), 8))
			.isEmpty();
	}

	@Test
	void anUnusedPlacementOrderLapsesThreeMonthsAfterItsStart() {
		LocalDate lapses = START.plusMonths(3);
		assertThat(CourtOrderWarning.of(CourtOrderKind.PLACEMENT, START, END, null, null, START.minusDays(1), 8))
			.isEmpty();
		assertThat(CourtOrderWarning.of(CourtOrderKind.PLACEMENT, START, END, null, null, START, 8))
			.containsExactly(new CourtOrderWarning(Kind.PLACEMENT_LAPSES, lapses, false));
		assertThat(CourtOrderWarning.of(CourtOrderKind.PLACEMENT, START, END, null, null, lapses.plusDays(1), 8))
			.containsExactly(new CourtOrderWarning(Kind.PLACEMENT_LAPSES, lapses, true));
		assertThat(CourtOrderWarning.of(CourtOrderKind.PLACEMENT, START, END, null, START.plusDays(20),
				START.plusDays(30), 8))
			.isEmpty();
	}

}

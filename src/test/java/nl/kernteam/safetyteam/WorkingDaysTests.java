package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			// a plain week: Monday + 5 = next Monday
			"2026-03-02, 5, 2026-03-09",
			// Friday + 1 skips the weekend
			"2026-03-06, 1, 2026-03-09",
			// received on a Saturday: the count starts on Monday
			"2026-03-07, 5, 2026-03-13",
			// Christmas 2026 (Friday 25th, Saturday 26th): Wed 23 + 5 = Thu 31
			"2026-12-23, 5, 2026-12-31",
			// across the year and New Year 2027 (Friday): Thu 24 Dec + 5 = Mon 4 Jan 2027
			"2026-12-24, 5, 2027-01-04",
			// Christmas 2025 (Thursday and Friday) and New Year 2026 (Thursday)
			"2025-12-23, 5, 2026-01-02", "2025-12-24, 5, 2026-01-05",
			// King's Day 2026 is Monday 27 April
			"2026-04-24, 1, 2026-04-28",
			// King's Day 2025: the 27th is a Sunday, so it is Saturday the 26th; nothing
			// lost
			"2025-04-25, 1, 2025-04-28",
			// King's Day 2028 (Thursday 27 April)
			"2028-04-26, 1, 2028-04-28",
			// Easter Monday 2026 (6 April)
			"2026-04-03, 1, 2026-04-07",
			// Good Friday counts: Thursday 2 April 2026 + 1 = Friday 3 April
			"2026-04-02, 1, 2026-04-03",
			// Ascension 2026 (Thursday 14 May): Wed 13 + 1 = Fri 15
			"2026-05-13, 1, 2026-05-15",
			// Whit Monday 2027 (17 May): Fri 14 + 1 = Tue 18
			"2027-05-14, 1, 2027-05-18",
			// Liberation Day in a lustrum year (Monday 5 May 2025) does not count
			"2025-05-02, 1, 2025-05-06",
			// Liberation Day 2026 (Tuesday) counts
			"2026-05-04, 1, 2026-05-05",
			// zero working days: the day itself (an acute report)
			"2026-12-25, 0, 2026-12-25" })
	void addsWorkingDaysSkippingWeekendsAndDutchPublicHolidays(LocalDate from, int days, LocalDate due) {
		assertThat(WorkingDays.add(from, days)).isEqualTo(due);
	}

	@Test
	void knowsTheDutchPublicHolidays() {
		for (String holiday : new String[] { "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25",
				"2026-12-25", "2026-12-26", "2025-04-26", "2025-05-05", "2030-06-10" }) {
			assertThat(WorkingDays.isWorkingDay(LocalDate.parse(holiday))).as(holiday).isFalse();
		}
		assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2025-04-28"))).isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-05-05"))).as("Liberation Day 2026").isTrue();
	}

	@Test
	void refusesNegativeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.add(LocalDate.parse("2026-01-01"), -1));
	}

}

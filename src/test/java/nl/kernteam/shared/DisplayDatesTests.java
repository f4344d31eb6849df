package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DisplayDatesTests {

	@Test
	void anInstantIsShownInAmsterdamTimeAndADayAsItIs() {
		var dutch = new Locale("nl", "NL");
		// 23:30 UTC on 31 March 2026 is 01:30 on 1 April in Amsterdam (summer time)
		assertThat(DisplayDates.of("d MMMM yyyy HH:mm", dutch).format(Instant.parse("2026-03-31T23:30:00Z")))
			.isEqualTo("1 april 2026 01:30");
		assertThat(DisplayDates.of("d-M-yyyy", dutch).format(LocalDate.of(2026, 12, 4))).isEqualTo("4-12-2026");
		assertThat(DisplayDates.of("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.of(2026, 12, 4)))
			.isEqualTo("4 December 2026");
	}

	@Test
	void aFormatterIsMadeOnceForKernteamsLanguagesOnly() {
		var dutch = new Locale("nl", "NL");
		assertThat(DisplayDates.of("d-M-yyyy", dutch)).isSameAs(DisplayDates.of("d-M-yyyy", dutch));
		// any other locale (?lang=xx) gets a formatter of its own, so it cannot fill the
		// cache
		var other = new Locale("xx", "YY");
		assertThat(DisplayDates.of("d-M-yyyy", other)).isNotSameAs(DisplayDates.of("d-M-yyyy", other));
		assertThat(DisplayDates.of("d-M-yyyy", other).format(LocalDate.of(2026, 12, 4))).isEqualTo("4-12-2026");
	}

}

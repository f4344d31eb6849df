package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * "Today" for {@code @PastOrPresent} is Amsterdam's day by the application's clock, the
 * day the forms offer as their default: between 22:00 or 23:00 and midnight UTC the
 * server's own zone would call that day the future and refuse every note and check.
 */
class ValidationTodayTests {

	record Dated(@PastOrPresent LocalDate on) {
	}

	@Test
	void todayInAmsterdamIsNotTheFutureWhileItIsStillYesterdayInUtc() {
		// 22:30 UTC on 30 June 2030 is 00:30 on 1 July in Amsterdam
		var clock = Clock.fixed(Instant.parse("2030-06-30T22:30:00Z"), ZoneOffset.UTC);
		var validator = new WebConfiguration().validator(new StaticMessageSource(), clock);
		validator.afterPropertiesSet();
		assertThat(validator.validate(new Dated(LocalDate.of(2030, 7, 1)))).isEmpty();
		assertThat(validator.validate(new Dated(LocalDate.of(2030, 7, 2)))).hasSize(1);
		validator.close();
	}

}

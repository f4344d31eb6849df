package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignalLifecycleIntegrationTests {

	@Autowired
	SignalManagement signals;

	@Autowired
	SignalQueries queries;

	@Autowired
	SignalLifecycle lifecycle;

	@Autowired
	HouseholdManagement households;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Pro ggz;

	Pro raad;

	@BeforeEach
	void setUp() {
		ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
	}

	@Test
	void anExpiredSignalMatchesNoMoreIsArchivedAndDeletedWhenTheArchivePeriodEnds(CapturedOutput output) {
		String bsn = TestFamilies.bsn();
		UUID first = signals.register(ggz.actor(), RegisterSignal.bsn(bsn)).id();
		UUID second = signals.register(raad.actor(), RegisterSignal.bsn(bsn)).id();
		assertThat(queries.matches(ggz.actor(), new PageOf.Request(0, 10)).total()).isEqualTo(1);

		Instant now = clock.instant();
		var expired = lifecycle.run(now.plus(Duration.ofDays(2 * 365 + 1)));
		assertThat(expired.expired()).isGreaterThanOrEqualTo(2);
		assertThat(state(first)).containsEntry("end_reason", "EXPIRED").containsEntry("hint", null);
		assertThat(state(second)).containsEntry("end_reason", "EXPIRED");
		assertThat(queries.matches(ggz.actor(), new PageOf.Request(0, 10)).total()).isZero();
		assertThat(queries.matches(raad.actor(), new PageOf.Request(0, 10)).total()).isZero();
		assertThat(output).contains("Signal lifecycle: ").contains(" signals expired");

		lifecycle.run(now.plus(Duration.ofDays(2 * 365 + 1 + 5 * 365)));
		assertThat(exists(first)).as("still in the archive").isTrue();
		var deleted = lifecycle.run(now.plus(Duration.ofDays(2 * 365 + 1 + 5 * 365 + 3)));
		assertThat(deleted.deleted()).isGreaterThanOrEqualTo(2);
		assertThat(exists(first)).isFalse();
		assertThat(exists(second)).isFalse();
	}

	@Test
	void aSignalPastItsActivePeriodMatchesNoMoreEvenBeforeTheJobRanAndMayBeRegisteredAgain() {
		String bsn = TestFamilies.bsn();
		UUID old = signals.register(ggz.actor(), RegisterSignal.bsn(bsn)).id();
		jdbc.sql("update signal set registered_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(2 * 366))))
			.param("id", old)
			.update();
		assertThat(signals.register(raad.actor(), RegisterSignal.bsn(bsn)).matches()).isEmpty();

		var renewed = signals.register(ggz.actor(), RegisterSignal.bsn(bsn));
		assertThat(renewed.matches()).extracting(SignalMatch::organisationName)
			.containsExactly(raad.summary().organisationName());
		assertThat(state(old)).containsEntry("end_reason", "EXPIRED");
	}

	@Test
	void aSignalOnAYoungPersonIsRemovedWhenTheyReachTheAgeLimit() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
		LocalDate birthDate = today.minusYears(23).plusDays(10);
		String family = "Leeftijd" + TestData.unique();
		UUID young = signals.register(ggz.actor(), RegisterSignal.person("Jesse", family, birthDate)).id();
		signals.register(raad.actor(), RegisterSignal.person("Jesse", family, birthDate));
		assertThat(state(young)).containsEntry("birth_date", java.sql.Date.valueOf(birthDate));

		lifecycle.run(clock.instant().plus(Duration.ofDays(5)));
		assertThat(state(young)).containsEntry("ended_at", null);
		var result = lifecycle.run(clock.instant().plus(Duration.ofDays(11)));
		assertThat(result.ageLimit()).isGreaterThanOrEqualTo(2);
		assertThat(exists(young)).isFalse();
	}

	@Test
	void anAdultsDateOfBirthIsNotKept() {
		UUID adult = signals
			.register(ggz.actor(),
					RegisterSignal.person("Karin", "Volwassen" + TestData.unique(), LocalDate.of(1980, 2, 3)))
			.id();
		assertThat(state(adult)).containsEntry("birth_date", null);
		UUID withBsn = signals
			.register(ggz.actor(), new RegisterSignal(null, TestFamilies.bsn(), null, null, LocalDate.of(1975, 1, 1)))
			.id();
		assertThat(state(withBsn)).containsEntry("birth_date", null);
	}

	@Test
	void aChildsDateOfBirthComesFromTheKernteamHouseholdWhenTheSignalHasNone() {
		String childBsn = TestFamilies.bsn();
		TestFamilies.household(households, data.professional(OrganisationType.LOCAL_TEAM), TestFamilies.bsn(),
				childBsn);
		UUID id = signals.register(raad.actor(), RegisterSignal.bsn(childBsn)).id();
		assertThat(state(id)).containsEntry("birth_date", java.sql.Date.valueOf(LocalDate.of(2014, 6, 2)));
	}

	Map<String, Object> state(UUID id) {
		return jdbc.sql("select hint, birth_date, ended_at, end_reason from signal where id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from signal where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

}

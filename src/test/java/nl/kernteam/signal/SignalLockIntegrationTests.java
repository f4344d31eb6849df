package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registration's lock, step by step instead of by chance (as
 * SignalConcurrencyIntegrationTests does): while one registration holds it, a second on
 * the same person or household waits, and once the first commits the second's match
 * lookup sees it.
 */
@IntegrationTest
class SignalLockIntegrationTests {

	@Autowired
	SignalManagement signals;

	@Autowired
	SignalRegistrationRepository registrations;

	@Autowired
	HouseholdManagement households;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	SignalSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLockKeyOfAHouseholdIsTheKeyEarlierVersionsTook() {
		for (int i = 0; i < 200; i++) {
			UUID id = UUID.randomUUID();
			assertThat(jdbc
				.sql("select " + SignalRegistrationRepository.HOUSEHOLD_KEY
						+ " from (select replace(cast(cast(:id as uuid) as text), '-', '') as hex) h")
				.param("id", id.toString())
				.query(Integer.class)
				.single()).as(id.toString()).isEqualTo(id.hashCode());
		}
	}

	@Test
	void aRegistrationOnAPersonWaitsForAnotherOnThemAndThenMatchesIt() throws Exception {
		String bsn = TestFamilies.bsn();
		var matches = whileHeld(bsn, bsn);
		assertThat(matches.matches()).hasSize(1);
		assertThat(matches.matches().get(0).kind()).isEqualTo(MatchKind.PERSON);
	}

	@Test
	void aRegistrationOnAChildWaitsForOneOnTheParentAndThenMatchesItAsAFamily() throws Exception {
		String parent = TestFamilies.bsn();
		String child = TestFamilies.bsn();
		TestFamilies.household(households, data.professional(OrganisationType.LOCAL_TEAM), parent, child);
		var matches = whileHeld(parent, child);
		assertThat(matches.matches()).hasSize(1);
		assertThat(matches.matches().get(0).kind()).isEqualTo(MatchKind.FAMILY);
	}

	/**
	 * A registration on {@code heldBsn} takes the lock and waits; meanwhile another
	 * organisation registers {@code waitingBsn}, which must wait; then the first inserts
	 * its signal and commits. Answers what the second registration found.
	 */
	RegisteredSignal whileHeld(String heldBsn, String waitingBsn) throws Exception {
		Pro holder = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		Pro waiter = data.professional(OrganisationType.MENTAL_HEALTH);
		var locked = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var held = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			var now = clock.instant();
			var person = PersonIdentity.of(RegisterSignal.bsn(heldBsn), LocalDate.ofInstant(now, AmsterdamTime.ZONE));
			String fingerprint = person.fingerprint(cipher);
			registrations.householdsLocked(List.of(fingerprint));
			locked.countDown();
			await(release);
			registrations.insertAndMatch(
					List.of(new SignalRegistrationRepository.NewSignal(UUID.randomUUID(), fingerprint, person, null)),
					new SignalRegistrationRepository.Registrant(holder.actor().organisationId(), holder.id(), now),
					settings.activeSince(now), settings.bornOnOrBefore(now));
		}));
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		var waiting = CompletableFuture
			.supplyAsync(() -> signals.register(waiter.actor(), RegisterSignal.bsn(waitingBsn)));
		boolean waited = false;
		for (int i = 0; i < 200 && !waited && !waiting.isDone(); i++) {
			waited = jdbc.sql("""
					select count(*) > 0 from pg_locks
					 where locktype = 'advisory' and classid = :space and not granted
					""").param("space", SignalRegistrationRepository.LOCK_SPACE).query(Boolean.class).single();
			Thread.sleep(50);
		}
		release.countDown();
		held.get(10, TimeUnit.SECONDS);
		assertThat(waited).as("the second registration waited for the lock").isTrue();
		return waiting.get(10, TimeUnit.SECONDS);
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}

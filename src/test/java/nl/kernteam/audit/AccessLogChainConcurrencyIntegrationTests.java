package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain must not make writers wait for each other, let alone for themselves: a
 * refusal written in its own transaction while its request holds a lane, and many
 * transactions logging the same household at once, all complete, and the chain stays
 * whole. (The timeouts catch a hang, not slowness.)
 */
@IntegrationTest
class AccessLogChainConcurrencyIntegrationTests {

	@Autowired
	AccessLog accessLog;

	@Autowired
	AccessLogIntegrity integrity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aRefusalWrittenWhileItsRequestHoldsALaneDoesNotWaitForIt() {
		Actor actor = data.professional(OrganisationType.LOCAL_TEAM).actor();
		HouseholdId household = data.household(data.professional(OrganisationType.LOCAL_TEAM));
		transactions.executeWithoutResult(status -> {
			accessLog.record(AccessEvent.granted(actor, household.value(), AccessAction.READ, "household", false));
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), AccessAction.UPDATE, "household"));
			accessLog.record(AccessEvent.granted(actor, household.value(), AccessAction.READ, "plan", false));
		});
		assertThat(jdbc.sql("select count(distinct lane) from access_log where household_id = :h and actor_id = :a")
			.param("h", household.value())
			.param("a", actor.professionalId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(integrity.verify(data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER).actor()).intact())
			.isTrue();
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void manyTransactionsLoggingOneHouseholdAtOnceKeepTheChainWhole() throws Exception {
		Actor actor = data.professional(OrganisationType.LOCAL_TEAM).actor();
		HouseholdId household = data.household(data.professional(OrganisationType.LOCAL_TEAM));
		int writers = 8;
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(writers);
		try {
			var done = new ArrayList<Future<Object>>();
			for (int w = 0; w < writers; w++) {
				done.add(pool.submit((Callable<Object>) () -> {
					start.await();
					for (int i = 0; i < 25; i++) {
						transactions.executeWithoutResult(status -> {
							accessLog.record(AccessEvent.granted(actor, household.value(), AccessAction.READ,
									"household", false));
							accessLog.recordAll(actor,
									java.util.List.of(household.value(), java.util.UUID.randomUUID()),
									AccessAction.SEARCH, "households");
						});
					}
					return null;
				}));
			}
			start.countDown();
			for (var future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :a")
			.param("a", actor.professionalId())
			.query(Long.class)
			.single()).isEqualTo(writers * 25 * 3L);
		var result = integrity.verify(data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER).actor());
		assertThat(result.firstBroken()).isNull();
		assertThat(result.verified()).isEqualTo(result.rows());
	}

}

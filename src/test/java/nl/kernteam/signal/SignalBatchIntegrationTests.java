package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.StatementCounter;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A batch of signals (issue 19): one transaction, two statements however many signals,
 * each signal its own outcome, invalid input refuses the whole batch.
 */
@IntegrationTest
class SignalBatchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalManagement signals;

	@Autowired
	HouseholdManagement households;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro ggz;

	OrganisationSummary raadOrganisation;

	Pro raad;

	@BeforeEach
	void setUp() {
		ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		raadOrganisation = data.organisation(OrganisationType.CHILD_PROTECTION_BOARD);
		raad = data.professional(raadOrganisation);
	}

	ResultActions batch(Pro pro, String... signals) throws Exception {
		return mvc.perform(post("/api/v1/signals/batch").with(pro.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"signals\": [" + String.join(", ", signals) + "]}"));
	}

	static String bsn(String bsn) {
		return "{\"bsn\": \"" + bsn + "\"}";
	}

	static String bsn(UUID id, String bsn) {
		return "{\"id\": \"" + id + "\", \"bsn\": \"" + bsn + "\"}";
	}

	@Test
	void eachSignalOfABatchHasItsOwnOutcomeInTheOrderSent() throws Exception {
		String matched = TestFamilies.bsn();
		String own = TestFamilies.bsn();
		String alone = TestFamilies.bsn();
		signals.register(ggz.actor(), RegisterSignal.bsn(matched));
		signals.register(raad.actor(), RegisterSignal.bsn(own));
		batch(raad, bsn(matched), bsn(own), bsn(alone)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[0].index").value(0))
			.andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[0].matches", hasSize(1)))
			.andExpect(jsonPath("$.items[0].matches[0].organisationName").value(ggz.summary().organisationName()))
			.andExpect(jsonPath("$.items[0].matches[0].kind").value("PERSON"))
			.andExpect(jsonPath("$.items[1].status").value("DUPLICATE"))
			.andExpect(jsonPath("$.items[1].detail", containsString("al een actief signaal")))
			.andExpect(jsonPath("$.items[1].matches", hasSize(0)))
			.andExpect(jsonPath("$.items[2].index").value(2))
			.andExpect(jsonPath("$.items[2].status").value("CREATED"))
			.andExpect(jsonPath("$.items[2].detail").doesNotExist())
			.andExpect(jsonPath("$.items[2].matches", hasSize(0)));
		assertThat(signalsOf(raad)).isEqualTo(3);
		assertThat(notifications(ggz)).isEqualTo(1);
		assertThat(notifications(raad)).isZero();
	}

	@Test
	void theSameBatchSentTwiceRegistersOnceAndTellsNobodyAgain() throws Exception {
		String matched = TestFamilies.bsn();
		signals.register(ggz.actor(), RegisterSignal.bsn(matched));
		String[] batch = { bsn(UUID.randomUUID(), matched), bsn(UUID.randomUUID(), TestFamilies.bsn()) };
		batch(raad, batch).andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[1].status").value("CREATED"));
		batch(raad, batch).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("REPEATED"))
			.andExpect(jsonPath("$.items[0].matches", hasSize(1)))
			.andExpect(jsonPath("$.items[1].status").value("REPEATED"));
		assertThat(signalsOf(raad)).isEqualTo(2);
		assertThat(notifications(ggz)).isEqualTo(1);
	}

	@Test
	void theSamePersonTwiceInOneBatchIsRegisteredOnce() throws Exception {
		String bsn = TestFamilies.bsn();
		batch(raad, bsn(bsn), bsn(bsn)).andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[1].status").value("DUPLICATE"));
		assertThat(signalsOf(raad)).isEqualTo(1);
	}

	@Test
	void anIdOfAnotherRegistrationIsRefusedAndTheOthersAreRegistered() throws Exception {
		var taken = signals.register(ggz.actor(), RegisterSignal.bsn(TestFamilies.bsn())).id();
		batch(raad, bsn(taken, TestFamilies.bsn()), bsn(TestFamilies.bsn()))
			.andExpect(jsonPath("$.items[0].status").value("ID_TAKEN"))
			.andExpect(jsonPath("$.items[0].id").value(taken.toString()))
			.andExpect(jsonPath("$.items[0].detail", containsString("hoort al bij iets anders")))
			.andExpect(jsonPath("$.items[1].status").value("CREATED"));
		assertThat(signalsOf(raad)).isEqualTo(1);
	}

	@Test
	void aChildInABatchMatchesItsParentAsAFamilyAndTheContactPersonIsAsked() throws Exception {
		String parent = TestFamilies.bsn();
		String child = TestFamilies.bsn();
		var contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = TestFamilies.household(households, contactPerson, parent, child);
		signals.register(ggz.actor(), RegisterSignal.bsn(parent));
		batch(raad, bsn(TestFamilies.bsn()), bsn(child)).andExpect(jsonPath("$.items[1].matches", hasSize(1)))
			.andExpect(jsonPath("$.items[1].matches[0].kind").value("FAMILY"));
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and resource like 'signal:%'
				""").param("h", household.id().value()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc
			.sql("""
					select count(*) from notification where professional_id = :p and message_key = 'signal.notification.contactPerson'
					""")
			.param("p", contactPerson.id())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void invalidInputRefusesTheWholeBatchAndNamesTheSignalAtFault() throws Exception {
		String valid = bsn(TestFamilies.bsn());
		batch(raad, valid, bsn("123456789"), "{\"givenName\": \"Daan\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("signals[1].bsn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("elfproef")))
			.andExpect(jsonPath("$.errors[1].field").value("signals[2].familyName"))
			.andExpect(jsonPath("$.errors[2].field").value("signals[2].birthDate"));
		batch(raad, valid, "{\"bsn\": \"" + "1".repeat(30) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signals[1].bsn"));
		UUID twice = UUID.randomUUID();
		batch(raad, bsn(twice, TestFamilies.bsn()), bsn(twice, TestFamilies.bsn())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signals[1].id"))
			.andExpect(jsonPath("$.errors[0].message", containsString("twee keer")));
		batch(raad).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("signals"));
		batch(raad, "null").andExpect(status().isBadRequest());
		var tooMany = IntStream.rangeClosed(0, RegisterSignals.MAX)
			.mapToObj(i -> bsn(TestFamilies.bsn()))
			.toArray(String[]::new);
		batch(raad, tooMany).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signals"));
		mvc.perform(post("/api/v1/signals/batch").with(raad.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"signals\": {}}")).andExpect(status().isBadRequest());
		assertThat(signalsOf(raad)).isZero();
	}

	@Test
	void anAccountWithoutOrganisationCannotSendABatch() throws Exception {
		mvc.perform(post("/api/v1/signals/batch").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"signals\": [" + bsn(TestFamilies.bsn()) + "]}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/signals/batch").contentType(MediaType.APPLICATION_JSON)
			.content("{\"signals\": [" + bsn(TestFamilies.bsn()) + "]}")).andExpect(status().isUnauthorized());
	}

	@Test
	void aBatchIsOneTransactionWhoseStatementsDoNotGrowWithItsSignals() throws Exception {
		var fewPeople = people(5);
		var manyPeople = people(RegisterSignals.MAX);
		var few = StatementCounter.count(() -> signals.registerAll(raad.actor(), fewPeople));
		var many = StatementCounter.count(() -> signals.registerAll(raad.actor(), manyPeople));
		assertThat(many.statements()).as(String.join("\n", many.sql())).isEqualTo(few.statements());
		assertThat(many.transactions()).isEqualTo(1);
		// sent again: every signal a repeat, still no statement per signal
		var fewAgain = StatementCounter.count(() -> signals.registerAll(raad.actor(), fewPeople));
		var manyAgain = StatementCounter.count(() -> signals.registerAll(raad.actor(), manyPeople));
		assertThat(manyAgain.statements()).as(String.join("\n", manyAgain.sql())).isEqualTo(fewAgain.statements());
		assertThat(signalsOf(raad)).isEqualTo(5 + RegisterSignals.MAX);
	}

	@Test
	void aBatchRenewsTheOrganisationsExpiredSignals() throws Exception {
		String first = TestFamilies.bsn();
		String second = TestFamilies.bsn();
		var old = List.of(signals.register(raad.actor(), RegisterSignal.bsn(first)).id(),
				signals.register(raad.actor(), RegisterSignal.bsn(second)).id());
		jdbc.sql("update signal set registered_at = now() - interval '3 years' where id in (:ids)")
			.param("ids", old)
			.update();
		batch(raad, bsn(first), bsn(second)).andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[1].status").value("CREATED"));
		assertThat(jdbc.sql("select end_reason from signal where id in (:ids)")
			.param("ids", old)
			.query(String.class)
			.list()).containsExactly("EXPIRED", "EXPIRED");
		assertThat(activeSignalsOf(raad)).isEqualTo(2);
	}

	@Test
	void peopleByNameAndByBsnWithAndWithoutADateOfBirthGoInOneBatch() throws Exception {
		String family = "Batch" + TestData.unique();
		var child = UUID.randomUUID();
		var adult = UUID.randomUUID();
		var named = UUID.randomUUID();
		batch(raad,
				"{\"id\": \"" + named + "\", \"givenName\": \"Noor\", \"familyName\": \"" + family
						+ "\", \"birthDate\": \"2012-05-01\", \"reference\": \"dossier 12\"}",
				"{\"id\": \"" + child + "\", \"bsn\": \"" + TestFamilies.bsn() + "\", \"birthDate\": \"2015-01-31\"}",
				bsn(adult, TestFamilies.bsn()))
			.andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[1].status").value("CREATED"))
			.andExpect(jsonPath("$.items[2].status").value("CREATED"));
		assertThat(birthDate(child)).isEqualTo("2015-01-31");
		assertThat(birthDate(adult)).isNull();
		assertThat(birthDate(named)).isEqualTo("2012-05-01");
		assertThat(jdbc.sql("select identified_by || ' ' || hint from signal where id = :id")
			.param("id", named)
			.query(String.class)
			.single()).isEqualTo("NAME_AND_BIRTH_DATE N. B. · 1-5-2012 · dossier 12");
		// the same person by name from another organisation matches
		batch(ggz, "{\"givenName\": \"noor\", \"familyName\": \"" + family + "\", \"birthDate\": \"2012-05-01\"}")
			.andExpect(jsonPath("$.items[0].matches", hasSize(1)));
	}

	@Test
	void anIdSentAgainByAColleagueIsTakenNotARepeat() throws Exception {
		UUID id = UUID.randomUUID();
		String bsn = TestFamilies.bsn();
		batch(raad, bsn(id, bsn)).andExpect(jsonPath("$.items[0].status").value("CREATED"));
		Pro colleague = data.professional(raadOrganisation);
		batch(colleague, bsn(id, bsn)).andExpect(jsonPath("$.items[0].status").value("ID_TAKEN"));
		batch(raad, bsn(id, bsn)).andExpect(jsonPath("$.items[0].status").value("REPEATED"));
	}

	@Test
	void anIdSentAgainAfterItsSignalEndedIsRefusedAndANewOneSignalsAgain() throws Exception {
		UUID expiring = UUID.randomUUID();
		UUID withdrawn = UUID.randomUUID();
		String first = TestFamilies.bsn();
		String second = TestFamilies.bsn();
		batch(raad, bsn(expiring, first), bsn(withdrawn, second));
		jdbc.sql("update signal set registered_at = now() - interval '3 years' where id = :id")
			.param("id", expiring)
			.update();
		signals.withdraw(raad.actor(), SignalId.of(withdrawn));
		batch(raad, bsn(expiring, first), bsn(withdrawn, second)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("ENDED"))
			.andExpect(jsonPath("$.items[0].detail", containsString("beëindigd")))
			.andExpect(jsonPath("$.items[1].status").value("ENDED"));
		mvc.perform(post("/api/v1/signals").with(raad.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(bsn(expiring, first))).andExpect(status().isConflict());
		// without its old id the person is signalled again, and the lapsed signal ends
		batch(raad, bsn(first), bsn(second)).andExpect(jsonPath("$.items[0].status").value("CREATED"))
			.andExpect(jsonPath("$.items[1].status").value("CREATED"));
		assertThat(jdbc.sql("select end_reason from signal where id = :id")
			.param("id", expiring)
			.query(String.class)
			.single()).isEqualTo("EXPIRED");
		assertThat(activeSignalsOf(raad)).isEqualTo(2);
	}

	@Test
	void twoBatchesOfOneProfessionalTellingTheSameProfessionalsInOppositeOrderBothFinish() throws Exception {
		for (int round = 0; round < 6; round++) {
			Pro registrant = data.professional(OrganisationType.LOCAL_TEAM);
			Pro x = data.professional(OrganisationType.MENTAL_HEALTH);
			Pro y = data.professional(OrganisationType.POLICE);
			var bsns = IntStream.range(0, 4).mapToObj(i -> TestFamilies.bsn()).toList();
			signals.register(x.actor(), RegisterSignal.bsn(bsns.get(0)));
			signals.register(y.actor(), RegisterSignal.bsn(bsns.get(1)));
			signals.register(y.actor(), RegisterSignal.bsn(bsns.get(2)));
			signals.register(x.actor(), RegisterSignal.bsn(bsns.get(3)));
			var start = new CountDownLatch(1);
			// x then y, and y then x
			var one = CompletableFuture.supplyAsync(() -> afterLatch(start, registrant, bsns.subList(0, 2)));
			var other = CompletableFuture.supplyAsync(() -> afterLatch(start, registrant, bsns.subList(2, 4)));
			start.countDown();
			assertThat(one.get().items()).allMatch(outcome -> outcome.matches().size() == 1);
			assertThat(other.get().items()).allMatch(outcome -> outcome.matches().size() == 1);
			assertThat(notifications(x)).as("round " + round).isEqualTo(1);
			assertThat(notifications(y)).as("round " + round).isEqualTo(1);
		}
	}

	String birthDate(UUID signal) {
		var dates = jdbc.sql("select cast(birth_date as text) from signal where id = :id")
			.param("id", signal)
			.query((rs, n) -> rs.getString(1))
			.list();
		assertThat(dates).hasSize(1);
		return dates.get(0);
	}

	@Test
	void twoBatchesOnTheSamePeopleInOppositeOrderFinishAndFindEachOther() throws Exception {
		for (int round = 0; round < 4; round++) {
			Pro first = data.professional(OrganisationType.MENTAL_HEALTH);
			Pro second = data.professional(OrganisationType.POLICE);
			var bsns = IntStream.range(0, 30).mapToObj(i -> TestFamilies.bsn()).collect(Collectors.toList());
			var reversed = new ArrayList<>(bsns);
			Collections.reverse(reversed);
			var start = new CountDownLatch(1);
			var one = CompletableFuture.supplyAsync(() -> afterLatch(start, first, bsns));
			var other = CompletableFuture.supplyAsync(() -> afterLatch(start, second, reversed));
			start.countDown();
			int matches = 0;
			for (var outcome : one.get().items()) {
				matches += outcome.matches().size();
			}
			for (var outcome : other.get().items()) {
				matches += outcome.matches().size();
			}
			assertThat(matches).as("round " + round + ": each person matched once, by the later batch").isEqualTo(30);
			// the earlier batch's professional is told, once while unread (the
			// notification
			// module keeps one unread notification per event)
			assertThat(notifications(first) + notifications(second)).isEqualTo(1);
		}
	}

	RegisteredSignals afterLatch(CountDownLatch start, Pro pro, List<String> bsns) {
		try {
			start.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return signals.registerAll(pro.actor(), new RegisterSignals(bsns.stream().map(RegisterSignal::bsn).toList()));
	}

	static RegisterSignals people(int count) {
		return new RegisterSignals(
				IntStream.range(0, count).mapToObj(i -> RegisterSignal.bsn(TestFamilies.bsn())).toList());
	}

	long signalsOf(Pro pro) {
		return signalsOf(pro, false);
	}

	long activeSignalsOf(Pro pro) {
		return signalsOf(pro, true);
	}

	private long signalsOf(Pro pro, boolean activeOnly) {
		return jdbc.sql("select count(*) from signal where professional_id = :p and (ended_at is null or not :active)")
			.param("p", pro.id())
			.param("active", activeOnly)
			.query(Long.class)
			.single();
	}

	long notifications(Pro pro) {
		return jdbc
			.sql("""
					select count(*) from notification where professional_id = :p and message_key like 'signal.notification.match.%'
					""")
			.param("p", pro.id())
			.query(Long.class)
			.single();
	}

}

package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two identical submits at the same moment (a double click, a retry by a proxy) make one
 * record, and both are answered with that record: never a false 409 "this id belongs to
 * something else", never a 400. Each case is tried several times with two threads
 * released together by a barrier.
 */
@IntegrationTest
class DoubleSubmitIntegrationTests {

	private static final int ROUNDS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	ExecutorService threads;

	@BeforeEach
	void setUp() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void tearDown() {
		threads.shutdownNow();
	}

	@Test
	void twoSimultaneousSubmitsOfAnAgreementMakeOneAndBothGetIt() throws Exception {
		twice("/plan/agreements", id -> """
				{"id": "%s", "description": "Oma haalt de kinderen op", "owner": "Sanne"}""".formatted(id),
				"plan_agreement");
	}

	@Test
	void twoSimultaneousSubmitsOfAnInvolvementMakeOneAndBothGetIt() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Pro expert = data.professional(OrganisationType.MENTAL_HEALTH);
			once("/involvements", id -> """
					{"id": "%s", "professionalId": "%s", "role": "EXPERT", "reason": "Denkt mee"}""".formatted(id,
					expert.id()), "involvement");
		}
	}

	@Test
	void twoSimultaneousSubmitsOfOtherRecordsMakeOneAndBothGetIt() throws Exception {
		twice("/involvements", id -> """
				{"id": "%s", "personName": "Truus", "relation": "oma", "role": "INFORMAL"}""".formatted(id),
				"involvement");
		twice("/notes", id -> """
				{"id": "%s", "kind": "HOME_VISIT", "occurredOn": "2026-01-05", "text": "Bezoek"}""".formatted(id),
				"note");
		twice("/plan/goals", id -> """
				{"id": "%s", "text": "De kinderen zijn veilig"}""".formatted(id), "plan_goal");
		twice("/assessments", id -> """
				{"id": "%s", "date": "2026-01-05", "participants": [{"name": "Sanne", "kind": "FAMILY"}]}"""
			.formatted(id), "assessment");
	}

	@Test
	void twoSimultaneousRegistrationsOfAHouseholdMakeOne() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			UUID id = UUID.randomUUID();
			String json = """
					{"id": "%s", "members": [{"givenName": "Sanne", "familyName": "Dubbel", "birthDate": "1988-03-14", "role": "PARENT"}]}"""
				.formatted(id);
			var responses = together("/api/v1/households", json);
			for (var response : responses) {
				assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 201);
				assertThat(response.getContentAsString()).contains(id.toString());
			}
			assertThat(jdbc.sql("select count(*) from household where id = :id")
				.param("id", id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private void twice(String path, Function<UUID, String> body, String table) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			once(path, body, table);
		}
	}

	private void once(String path, Function<UUID, String> body, String table) throws Exception {
		UUID id = UUID.randomUUID();
		var responses = together("/api/v1/households/" + household.value() + path, body.apply(id));
		for (var response : responses) {
			assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isIn(200, 201);
			assertThat(response.getContentAsString()).as(path).contains(id.toString());
		}
		assertThat(jdbc.sql("select count(*) from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).as(path).isEqualTo(1);
	}

	private List<MockHttpServletResponse> together(String path, String json) throws Exception {
		var barrier = new CyclicBarrier(2);
		var futures = new ArrayList<Future<MockHttpServletResponse>>();
		for (int i = 0; i < 2; i++) {
			futures.add(threads.submit(() -> {
				var request = post(path).with(contactPerson.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json);
				barrier.await(10, TimeUnit.SECONDS);
				return mvc.perform(request).andReturn().getResponse();
			}));
		}
		var responses = new ArrayList<MockHttpServletResponse>();
		for (var future : futures) {
			responses.add(future.get(60, TimeUnit.SECONDS));
		}
		return responses;
	}

}

package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.network.NetworkManagement;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
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
 * Expertise requests through the API, on the embedded PostgreSQL: who may ask, that the
 * asked organisation sees the household only after accepting, and that the contact person
 * and the handovers stay as they were.
 */
@IntegrationTest
class ExpertiseRequestApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NetworkManagement network;

	Pro contactPerson;

	Pro raad;

	Pro raadColleague;

	HouseholdId household;

	LocalDate until;

	@BeforeEach
	void aHouseholdAndTheRaad() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		var board = data.organisation(OrganisationType.CHILD_PROTECTION_BOARD);
		raad = data.professional(board);
		raadColleague = data.professional(board);
		until = AmsterdamTime.today(java.time.Clock.systemUTC()).plusWeeks(6);
	}

	ResultActions ask(Pro by, String json) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/expertise-requests", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String askTheRaad(Pro by) throws Exception {
		var result = ask(by, """
				{"organisationId": "%s", "question": "Is een ondertoezichtstelling nodig voor Daan en Evi?",
				 "urgency": "URGENT", "until": "%s"}
				""".formatted(raad.summary().organisationId(), until)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions decide(Pro by, String request, String decision, String json) throws Exception {
		return mvc.perform(post("/api/v1/expertise-requests/{id}/" + decision, request).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	int householdStatus(Pro by) throws Exception {
		return mvc.perform(get("/api/v1/households/{id}", household.value()).with(by.basic()))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	String network() throws Exception {
		return mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long told(Pro professional, String messageKey) {
		return jdbc.sql("select count(*) from notification where professional_id = :p and message_key = :key")
			.param("p", professional.id())
			.param("key", messageKey)
			.query(Long.class)
			.single();
	}

	@Test
	void theRaadSeesTheHouseholdOnlyAfterAcceptingAndTheContactPersonAndHandoversStay() throws Exception {
		String request = askTheRaad(contactPerson);
		assertThat(householdStatus(raad)).as("before acceptance").isEqualTo(403);
		String before = network();
		decide(raad, request, "accept", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(householdStatus(raad)).as("after acceptance").isEqualTo(200);
		assertThat(householdStatus(raadColleague)).as("a colleague who did not join").isEqualTo(403);
		String after = network();
		assertThat((String) JsonPath.read(after, "$.contactPerson.professionalId"))
			.isEqualTo(JsonPath.read(before, "$.contactPerson.professionalId"))
			.isEqualTo(contactPerson.id().toString());
		assertThat((Integer) JsonPath.read(after, "$.handovers")).isEqualTo(JsonPath.read(before, "$.handovers"));
		assertThat(jdbc.sql("""
				select role from involvement where household_id = :h and professional_id = :p and ended_at is null
				""").param("h", household.value()).param("p", raad.id()).query(String.class).single())
			.isEqualTo("CORE_TEAM");
	}

	@Test
	void onlyTheContactPersonOrTheDirectorAsks() throws Exception {
		Pro coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		ask(coreTeam, """
				{"organisationId": "%s", "question": "Graag advies", "urgency": "ROUTINE", "until": "%s"}
				""".formatted(raad.summary().organisationId(), until)).andExpect(status().isForbidden());
		network.changeDirector(contactPerson.actor(), household, ProfessionalId.of(coreTeam.id()), "Regie bij GGZ");
		askTheRaad(coreTeam);
		askTheRaad(contactPerson);
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where household_id = :h and resource = 'expertise-request' and outcome = 'DENIED'
				   and basis = 'NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR'
				""").param("h", household.value()).query(Long.class).single()).as("the refusal logged").isEqualTo(1);
	}

	@Test
	void aRequestNeedsAKnownUrgencyAQuestionAndALastDayInTheFuture() throws Exception {
		String organisation = raad.summary().organisationId().toString();
		ask(contactPerson, """
				{"organisationId": "%s", "question": "Vraag", "urgency": "SOMEDAY", "until": "%s"}
				""".formatted(organisation, until)).andExpect(status().isBadRequest());
		ask(contactPerson, """
				{"organisationId": "%s", "question": "  ", "urgency": "ACUTE", "until": "%s"}
				""".formatted(organisation, until)).andExpect(status().isBadRequest());
		String today = AmsterdamTime.today(java.time.Clock.systemUTC()).toString();
		ask(contactPerson, """
				{"organisationId": "%s", "question": "Vraag", "urgency": "ACUTE", "until": "%s"}
				""".formatted(organisation, today)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("until")));
		ask(contactPerson, """
				{"organisationId": "%s", "question": "Vraag", "urgency": "ACUTE", "until": "%s"}
				""".formatted(UUID.randomUUID(), until)).andExpect(status().isBadRequest());
		ask(contactPerson, """
				{"organisationId": "%s", "question": "Vraag\\u0007", "urgency": "ACUTE", "until": "%s"}
				""".formatted(organisation, until)).andExpect(status().isBadRequest());
	}

	@Test
	void theDutyQueueShowsTheRequestsToTheCallersOrganisationOnly() throws Exception {
		String request = askTheRaad(contactPerson);
		mvc.perform(get("/api/v1/expertise-requests").with(raadColleague.basic()))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.items[?(@.id == '" + request + "')].householdId").value(household.value().toString()))
			.andExpect(jsonPath("$.items[?(@.id == '" + request + "')].urgency").value("URGENT"))
			.andExpect(jsonPath("$.items[?(@.id == '" + request + "')].status").value("REQUESTED"))
			.andExpect(jsonPath("$.items[?(@.id == '" + request + "')].until").value(until.toString()))
			.andExpect(jsonPath("$.items[?(@.id == '" + request + "')].question")
				.value("Is een ondertoezichtstelling nodig voor Daan en Evi?"));
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		mvc.perform(get("/api/v1/expertise-requests").with(veiligThuis.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(request))));
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where actor_id = :actor and household_id = :h and action = 'READ' and basis = 'EXPERTISE_REQUEST'
				""").param("actor", raadColleague.id()).param("h", household.value()).query(Long.class).single())
			.as("the queue's read logged on the request's basis")
			.isEqualTo(1);
		assertThat(told(raadColleague, "safetyteam.notification.requested")).as("the asked organisation told")
			.isEqualTo(1);
		assertThat(told(veiligThuis, "safetyteam.notification.requested")).as("another organisation not").isZero();
	}

	@Test
	void aDeclinedRequestGivesNoAccessAndCannotBeDecidedAgain() throws Exception {
		String request = askTheRaad(contactPerson);
		decide(raad, request, "decline", "{}").andExpect(status().isBadRequest());
		decide(raad, request, "decline", """
				{"reason": "Geen capaciteit deze maand"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		assertThat(householdStatus(raad)).isEqualTo(403);
		decide(raad, request, "accept", "{}").andExpect(status().isConflict());
		decide(raadColleague, request, "decline", """
				{"reason": "Toch niet"}""").andExpect(status().isConflict());
		assertThat(householdStatus(raad)).isEqualTo(403);
	}

	@Test
	void anAcceptedRequestCannotBeAcceptedOrDeclinedAgain() throws Exception {
		String request = askTheRaad(contactPerson);
		decide(raad, request, "accept", "{}").andExpect(status().isOk());
		decide(raadColleague, request, "accept", "{}").andExpect(status().isConflict());
		decide(raad, request, "decline", """
				{"reason": "Toch niet"}""").andExpect(status().isConflict());
		assertThat(householdStatus(raadColleague)).isEqualTo(403);
	}

	@Test
	void onlyProfessionalsOfTheAskedOrganisationDecide() throws Exception {
		String request = askTheRaad(contactPerson);
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		decide(veiligThuis, request, "accept", "{}").andExpect(status().isNotFound());
		decide(veiligThuis, request, "decline", """
				{"reason": "Niet voor ons"}""").andExpect(status().isNotFound());
		decide(contactPerson, request, "accept", "{}").andExpect(status().isNotFound());
		assertThat(householdStatus(veiligThuis)).isEqualTo(403);
		decide(raad, request, "accept", """
				{"professionalId": "%s"}""".formatted(veiligThuis.id())).andExpect(status().isBadRequest());
		assertThat(householdStatus(veiligThuis)).isEqualTo(403);
	}

	@Test
	void aProfessionalAcceptsForAColleague() throws Exception {
		String request = askTheRaad(contactPerson);
		decide(raad, request, "accept", """
				{"professionalId": "%s"}""".formatted(raadColleague.id())).andExpect(status().isOk());
		assertThat(householdStatus(raadColleague)).isEqualTo(200);
		assertThat(householdStatus(raad)).isEqualTo(403);
		assertThat(told(contactPerson, "safetyteam.notification.accepted")).as("the contact person told").isEqualTo(1);
	}

	@Test
	void theProfessionalWhoJoinedRecordsTheAnswerAndTheNetworkPageShowsIt() throws Exception {
		String request = askTheRaad(contactPerson);
		decide(raad, request, "answer", """
				{"answer": "Nog niet"}""").andExpect(status().isForbidden());
		decide(raad, request, "accept", "{}").andExpect(status().isOk());
		decide(contactPerson, request, "answer", """
				{"answer": "Ik beantwoord mijn eigen vraag"}""").andExpect(status().isForbidden());
		decide(raad, request, "answer", """
				{"answer": "Een verzoek tot onderzoek is nu niet nodig; de veiligheidsafspraken houden."}""")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}/expertise-requests", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].answer")
				.value("Een verzoek tot onderzoek is nu niet nodig; de veiligheidsafspraken houden."))
			.andExpect(jsonPath("$.items[0].professionalName").value(raad.summary().name()));
		String page = mvc.perform(get("/households/{id}/network", household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Een verzoek tot onderzoek is nu niet nodig; de veiligheidsafspraken houden.")
			.contains(raad.summary().name());
	}

	@Test
	void theContactPersonExtendsTheTimeBoxAndTheJoinedProfessionalDoesNot() throws Exception {
		String request = askTheRaad(contactPerson);
		decide(raad, request, "accept", "{}").andExpect(status().isOk());
		decide(raad, request, "extend", """
				{"until": "%s"}""".formatted(until.plusWeeks(2))).andExpect(status().isForbidden());
		decide(contactPerson, request, "extend", """
				{"until": "%s"}""".formatted(until.minusDays(1))).andExpect(status().isBadRequest());
		decide(contactPerson, request, "extend", """
				{"until": "%s"}""".formatted(until.plusWeeks(2))).andExpect(status().isOk());
		assertThat(jdbc.sql("select until from expertise_request where id = :id")
			.param("id", UUID.fromString(request))
			.query(LocalDate.class)
			.single()).isEqualTo(until.plusWeeks(2));
	}

}

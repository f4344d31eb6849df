package nl.kernteam.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
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
 * A case review's steps match the household's history; the core team and the contact
 * person's team lead review it (a closed household too), nobody else; without names no
 * family member's or professional's name is left.
 */
@IntegrationTest
class CaseReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentManagement assessments;

	OrganisationSummary team;

	Pro contactPerson;

	Pro colleague;

	Pro expert;

	Pro lead;

	HouseholdId household;

	@BeforeEach
	void aHouseholdWithAHistory() throws Exception {
		team = data.organisation(OrganisationType.LOCAL_TEAM);
		contactPerson = data.professional(team);
		colleague = data.professional(team);
		lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		expert = data.professional(OrganisationType.MENTAL_HEALTH);
		household = data.household(contactPerson);
		data.involve(contactPerson, household, expert, "EXPERT");
		data.involve(contactPerson, household, colleague, "CORE_TEAM");
		assessments.create(contactPerson.actor(), household,
				new CreateAssessment(null, LocalDate.now(AmsterdamTime.ZONE), List.of(), false));
		mvc.perform(put("/api/v1/households/{id}/contact-person", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Collega neemt over\"}".formatted(colleague.id())))
			.andExpect(status().isOk());
	}

	ResultActions start(Pro as) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/case-reviews", household.value()).with(as.basic()));
	}

	@Test
	void theStepsOfAClosedHouseholdMatchItsHistoryAndItsTeamLeadReviewsIt() throws Exception {
		mvc.perform(post("/api/v1/households/{id}/close", household.value()).with(colleague.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Het gaat goed\"}")).andExpect(status().isOk());
		long expected = jdbc
			.sql("""
					select 1
					     + (select count(*) from involvement where household_id = :h and professional_id is not null)
					     + (select count(*) from involvement where household_id = :h and professional_id is not null and ended_at is not null)
					     + (select count(*) from contact_person where household_id = :h)
					     + (select count(*) from assessment where household_id = :h)
					     + (select count(*) from household_closure where household_id = :h)
					""")
			.param("h", household.value())
			.query(Long.class)
			.single();
		var body = start(lead).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.steps[0].what").value("Gezin aangemeld"))
			.andExpect(jsonPath("$.steps[0].actorName").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.steps[0].organisationName").value(team.name()))
			.andExpect(jsonPath("$.steps[-1:].what").value(org.hamcrest.Matchers.hasItem("Dossier gesloten")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> whats = JsonPath.read(body, "$.steps[*].what");
		assertThat((long) whats.size()).isEqualTo(expected);
		assertThat(whats).contains("Gezamenlijke analyse: nog geen oordeel",
				colleague.summary().name() + " werd contactpersoon",
				expert.summary().name() + " betrokken (expertise)");
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :lead and household_id = :h
				   and basis = 'TEAM_LEAD_OF_CONTACT_PERSON' and outcome = 'GRANTED'
				""").param("lead", lead.id()).param("h", household.value()).query(Long.class).single()).isEqualTo(1);
		// the contact person who closed it is no longer involved: only the team lead
		// reviews a closed file
		start(contactPerson).andExpect(status().isForbidden());
	}

	@Test
	void theSafetyTeamsStepsAreAmongThemInTheOrderTheyHappened() throws Exception {
		// the contact person (now the colleague) asks the Raad, records a report to
		// Veilig
		// Thuis, a supervision order and its extension
		var raad = data.organisation(OrganisationType.CHILD_PROTECTION_BOARD);
		var veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		var today = LocalDate.now(AmsterdamTime.ZONE);
		json(post("/api/v1/households/{id}/expertise-requests", household.value()),
				"""
						{"organisationId": "%s", "question": "Is een ondertoezichtstelling nodig?", "urgency": "URGENT", "until": "%s"}"""
					.formatted(raad.id(), today.plusWeeks(6)));
		json(post("/api/v1/households/{id}/reports", household.value()), """
				{"organisationId": "%s", "kind": "REPORT", "receivedOn": "%s", "acute": false}"""
			.formatted(veiligThuis.id(), today));
		UUID child = jdbc.sql("select id from member where household_id = :h and role = 'CHILD' limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		String order = JsonPath.read(json(post("/api/v1/households/{id}/court-orders", household.value()), """
				{"childMemberId": "%s", "kind": "SUPERVISION", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(child, today, today, today.plusMonths(6))), "$.id");
		json(post("/api/v1/households/{id}/court-orders/{o}/extensions", household.value(), order), """
				{"decidedOn": "%s", "endsOn": "%s"}""".formatted(today, today.plusMonths(12)));
		long expected = jdbc
			.sql("""
					select 1
					     + (select count(*) from involvement where household_id = :h and professional_id is not null)
					     + (select count(*) from involvement where household_id = :h and professional_id is not null and ended_at is not null)
					     + (select count(*) from contact_person where household_id = :h)
					     + (select count(*) from assessment where household_id = :h)
					     + (select count(*) from expertise_request where household_id = :h)
					     + (select count(*) from report where household_id = :h)
					     + (select count(*) from court_order where household_id = :h)
					     + (select count(*) from court_order_extension e join court_order o on o.id = e.order_id
					         where o.household_id = :h)
					""")
			.param("h", household.value())
			.query(Long.class)
			.single();
		var body = start(lead).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		List<String> whats = JsonPath.read(body, "$.steps[*].what");
		List<String> actors = JsonPath.read(body, "$.steps[*].actorName");
		assertThat((long) whats.size()).isEqualTo(expected);
		var safetyTeam = List.of("Expertise gevraagd aan: Raad voor de Kinderbescherming", "Binnengekomen: melding",
				"Kinderbeschermingsmaatregel vastgelegd: ondertoezichtstelling",
				"Kinderbeschermingsmaatregel verlengd: ondertoezichtstelling");
		assertThat(whats).containsSubsequence(safetyTeam);
		for (String what : safetyTeam) {
			assertThat(actors.get(whats.indexOf(what))).as(what).isEqualTo(colleague.summary().name());
		}
		// the organisation asked is named by its type only: the review without names
		// keeps
		// the step as it is
		assertThat(body).doesNotContain(raad.name());
	}

	String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return mvc.perform(request.with(colleague.basic()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void onlyTheCoreTeamAndTheContactPersonsTeamLeadReview() throws Exception {
		start(colleague).andExpect(status().isCreated());
		start(contactPerson).andExpect(status().isCreated());
		start(expert).andExpect(status().isForbidden());
		start(data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD))
			.andExpect(status().isForbidden());
		start(data.professional(team)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and outcome = 'DENIED'
				   and basis = 'CASE_REVIEW_BY_CORE_TEAM_OR_TEAM_LEAD'
				""").param("h", household.value()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theHouseholdPageOffersToStartACaseReviewOnlyToWhomMayStartOne() throws Exception {
		String form = "action=\"/households/" + household.value() + "/case-reviews\"";
		for (Pro reviewer : List.of(colleague, contactPerson)) {
			assertThat(householdPage(reviewer)).contains(form);
		}
		// the expert reflects, but a case review is the core team's or the team lead's
		String expertsPage = householdPage(expert);
		assertThat(expertsPage).contains("/households/" + household.value() + "/reflections").doesNotContain(form);
		start(expert).andExpect(status().isForbidden());
	}

	private String householdPage(Pro as) throws Exception {
		return mvc.perform(get("/households/{id}", household.value()).with(as.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void withoutNamesNoFamilyOrProfessionalNameIsLeft() throws Exception {
		String family = data.householdName(household);
		String id = JsonPath.read(start(lead).andReturn().getResponse().getContentAsString(), "$.id");
		String step = JsonPath
			.read(mvc.perform(get("/api/v1/households/{id}/case-reviews/{r}", household.value(), id).with(lead.basic()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.steps[2].id");
		String text = "Sanne %1$s en Daan voelden zich gesteund door %2$s; Evi sprak met %3$s. Familie %1$s, sanne"
			.formatted(family, colleague.summary().name(), expert.summary().name());
		mvc.perform(put("/api/v1/households/{id}/case-reviews/{r}/steps/{s}", household.value(), id, step)
			.with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"brought\": \"%s\", \"familyView\": \"Sanne vond het fijn\"}".formatted(text)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[2].brought").value(text));
		mvc.perform(put("/api/v1/households/{id}/case-reviews/{r}/lessons", household.value(), id).with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lessons\": \"%s kwam laat in beeld bij %s\"}".formatted(expert.summary().name(), family)))
			.andExpect(status().isOk());

		String anonymous = mvc
			.perform(get("/api/v1/households/{id}/case-reviews/{r}/anonymised", household.value(), id)
				.with(lead.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.anonymised").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = mvc
			.perform(get("/households/{id}/case-reviews/{r}/anonymised", household.value(), id).with(lead.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String view : List.of(anonymous, page)) {
			for (String name : List.of("Sanne", "Daan", "Evi", family, contactPerson.summary().name(),
					colleague.summary().name(), expert.summary().name(), contactPerson.username(), colleague.username(),
					expert.username())) {
				// as a word: "Evi" is in "review"
				assertThat(view).as("no " + name)
					.doesNotContainPattern(
							"(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
			}
		}
		assertThat(anonymous).doesNotContain(team.name());
		assertThat(anonymous).contains("ouder 1", "kind 1", "kind 2", "professional A (lokaal team)");
	}

}

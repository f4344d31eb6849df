package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
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
 * Attempts to get round the assessment's rules through reused ids, and old references
 * that must stay savable.
 */
@IntegrationTest
class AssessmentHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	HouseholdId household;

	String url;

	@BeforeEach
	void anAssessment() throws Exception {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		var result = mvc.perform(post("/api/v1/households/" + household + "/assessments").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"date\": \"2025-03-12\", \"participants\": [{\"name\": \"Wijkteam\", \"kind\": \"PROFESSIONAL\"}]}"))
			.andExpect(status().isCreated())
			.andReturn();
		url = "/api/v1/households/" + household + "/assessments/"
				+ JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions save(Pro by, int version, String decisions, String extra) throws Exception {
		return mvc.perform(put(url).with(by.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "date": "2025-03-12", "participants": [{"name": "Wijkteam", "kind": "PROFESSIONAL"}],
				 "keyDecisions": %s %s}
				""".formatted(version, decisions, extra)));
	}

	void involve(Pro pro) {
		jdbc.sql(
				"""
						insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
						values (:id, :household, :professional, :organisation, 'EXPERT', 'Denkt mee', now(), :professional)
						""")
			.param("id", UUID.randomUUID())
			.param("household", household.value())
			.param("professional", pro.id())
			.param("organisation", pro.summary().organisationId())
			.update();
	}

	@Test
	void theAssessmentAppearsOnTheHouseholdsTimeline() throws Exception {
		save(worker, 1, "[]", ", \"safetyJudgement\": \"NONE\"").andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(worker.basic()))
			.andExpect(jsonPath("$.items[0].type").value("ASSESSMENT"))
			.andExpect(jsonPath("$.items[0].occurredOn").value("2025-03-12"))
			.andExpect(jsonPath("$.items[0].detail").value("NONE"));
		mvc.perform(get("/households/{id}/timeline", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("geen onveiligheid")));
	}

	@Test
	void aScientistCannotTurnSomeoneElsesDecisionIntoAPlacementTheyChallengeThemselves() throws Exception {
		Pro scientist = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST);
		involve(scientist);
		save(worker, 1, "[{\"decision\": \"Hulp GGZ\", \"kind\": \"HELP\", \"rationale\": \"Nodig\"}]", "")
			.andExpect(status().isOk());
		save(scientist, 2, """
				[{"decision": "Uithuisplaatsing", "kind": "PLACEMENT", "rationale": "Onveilig", "challengedBy": "%s"}]
				""".formatted(scientist.id()), "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyDecisions[0].challengedBy"));
	}

	@Test
	void aPlacementChallengedBySomeoneWhoLaterLostTheRoleCanStillBeSaved() throws Exception {
		Pro scientist = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST);
		save(worker, 1, """
				[{"decision": "Uithuisplaatsing", "kind": "PLACEMENT", "rationale": "Onveilig", "challengedBy": "%s"}]
				""".formatted(scientist.id()), "").andExpect(status().isOk());
		jdbc.sql("update professional set roles = '{PROFESSIONAL}' where id = :id")
			.param("id", scientist.id())
			.update();
		String stored = mvc.perform(get(url).with(worker.basic())).andReturn().getResponse().getContentAsString();
		String decision = JsonPath.read(stored, "$.keyDecisions[0].id");
		save(worker, 2, """
				[{"id": "%s", "decision": "Uithuisplaatsing", "kind": "PLACEMENT", "rationale": "Onveilig, bevestigd",
				  "challengedBy": "%s"}]""".formatted(decision, scientist.id()), "").andExpect(status().isOk());
	}

	@Test
	void oneIdInTwoListsIsABadRequestNotAConflict() throws Exception {
		UUID id = UUID.randomUUID();
		save(worker, 1, "[]",
				"""
						, "worries": [{"id": "%s", "text": "zorg"}], "nextSteps": [{"id": "%s", "text": "stap"}]"""
					.formatted(id, id))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nextSteps[0].id"));
	}

	@Test
	void aParticipantWhoseMemberLeftTheHouseholdCanBeSavedAgain() throws Exception {
		UUID member = jdbc.sql("select id from member where household_id = :h order by position limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		mvc.perform(put(url).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"version": 1, "date": "2025-03-12", "participants": [{"name": "Sanne", "kind": "FAMILY", "memberId": "%s"}]}
							"""
						.formatted(member)))
			.andExpect(status().isOk());
		jdbc.sql("update member set removed_at = now() where id = :id").param("id", member).update();
		String stored = mvc.perform(get(url).with(worker.basic())).andReturn().getResponse().getContentAsString();
		String participant = JsonPath.read(stored, "$.participants[0].id");
		mvc.perform(put(url).with(worker.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": 2, "date": "2025-03-12",
				 "participants": [{"id": "%s", "name": "Sanne", "kind": "FAMILY", "memberId": "%s"}]}
				""".formatted(participant, member))).andExpect(status().isOk());
	}

	@Test
	void aStoredChallengerStaysSelectableOnThePage() throws Exception {
		Pro outsiderScientist = data.professional(OrganisationType.YOUTH_PROTECTION_AGENCY, Role.PROFESSIONAL,
				Role.BEHAVIOURAL_SCIENTIST);
		save(worker, 1, """
				[{"decision": "Hulp GGZ", "kind": "HELP", "rationale": "Nodig", "challengedBy": "%s"}]
				""".formatted(outsiderScientist.id()), "").andExpect(status().isOk());
		jdbc.sql("update professional set active = false where id = :id").param("id", outsiderScientist.id()).update();
		String page = mvc.perform(get(url.replace("/api/v1", "") + "/edit").with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var option = org.jsoup.Jsoup.parse(page).select("option[value=" + outsiderScientist.id() + "]");
		assertThat(option).isNotEmpty();
		assertThat(option.first().hasAttr("selected")).isTrue();
	}

}

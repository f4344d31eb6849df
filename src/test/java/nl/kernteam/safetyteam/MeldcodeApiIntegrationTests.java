package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import nl.kernteam.household.HouseholdId;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class MeldcodeApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	String trail;

	@BeforeEach
	void aFamily() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		trail = "/api/v1/households/" + household.value() + "/meldcode";
	}

	ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(contactPerson.basic()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions weigh(String json) throws Exception {
		return send(put(trail + "/weighing"), json);
	}

	@Test
	void aTrailRecordsItsStepsAndAnswersAndEndsInADecisionThatClosesIt() throws Exception {
		mvc.perform(get(trail).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(5))
			.andExpect(jsonPath("$.steps[0].doneOn").doesNotExist())
			.andExpect(jsonPath("$.decision").doesNotExist());
		send(put(trail + "/steps/MAP_SIGNALS"), "{\"doneOn\": \"2026-03-02\", \"notes\": \"Blauwe plekken gezien\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].step").value("MAP_SIGNALS"))
			.andExpect(jsonPath("$.steps[0].doneOn").value("2026-03-02"))
			.andExpect(jsonPath("$.steps[0].doneBy").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.steps[0].notes").value("Blauwe plekken gezien"));
		weigh("{\"suspicion\": true, \"unsafety\": false, \"helpPossible\": true, \"helpAccepted\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weighing.unsafety").value(false))
			.andExpect(jsonPath("$.reportingNorm").value(false));
		send(post(trail + "/decision"), "{\"decision\": \"HELP_ORGANISED\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("HELP_ORGANISED"))
			.andExpect(jsonPath("$.steps[4].doneOn").value("2026-03-09"));
		send(put(trail + "/steps/TALK"), "{\"doneOn\": \"2026-03-03\"}").andExpect(status().isConflict());
		weigh("{\"suspicion\": true, \"unsafety\": true}").andExpect(status().isConflict());
		send(post(trail + "/decision"), "{\"decision\": \"REPORT_MADE\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :a and resource = 'meldcode' and outcome = 'GRANTED'
				""").param("a", contactPerson.id()).query(Long.class).single())
			.as("one row per answered request; a refused change leaves none")
			.isEqualTo(4);
	}

	@Test
	void helpAloneIsRefusedWhereTheNormIsToReport() throws Exception {
		weigh("{\"suspicion\": true, \"unsafety\": true}").andExpect(jsonPath("$.reportingNorm").value(true));
		send(post(trail + "/decision"), "{\"decision\": \"HELP_ORGANISED\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		send(post(trail + "/decision"), "{\"decision\": \"REPORT_MADE\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isOk());
	}

	@Test
	void helpThatIsRefusedAlsoMakesReportingTheNorm() throws Exception {
		weigh("{\"suspicion\": true, \"unsafety\": false, \"helpPossible\": true, \"helpAccepted\": false}")
			.andExpect(jsonPath("$.reportingNorm").value(true));
	}

	@Test
	void refusesBadInput() throws Exception {
		send(post(trail + "/decision"), "{\"decision\": \"REPORT_MADE\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isBadRequest());
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
		send(put(trail + "/steps/CONSULT"), "{\"doneOn\": \"%s\"}".formatted(tomorrow))
			.andExpect(status().isBadRequest());
		send(put(trail + "/steps/CONSULT"), "{}").andExpect(status().isBadRequest());
		send(put(trail + "/steps/PRAY"), "{\"doneOn\": \"2026-03-02\"}").andExpect(status().isBadRequest());
		send(post(trail + "/decision"), "{\"decision\": \"SHRUG\", \"decidedOn\": \"2026-03-09\"}")
			.andExpect(status().isBadRequest());
		weigh("{\"suspicion\": true, \"version\": 0}").andExpect(status().isOk());
		weigh("{\"suspicion\": false, \"version\": 0}").andExpect(status().isConflict());
	}

	@Test
	void aProfessionalOfAdultServicesRecordsTheChildCheck() throws Exception {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, ggz, "CORE_TEAM");
		ResultActions check = null;
		for (String json : new String[] { "{\"checkedOn\": \"2026-03-02\", \"hasChildren\": true}",
				"{\"checkedOn\": \"2026-03-02\"}" }) {
			check = mvc.perform(
					put(trail + "/child-check").with(ggz.basic()).contentType(MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().isBadRequest());
		}
		check.andExpect(jsonPath("$.errors[0].field").value("hasChildren"));
		mvc.perform(put(trail + "/child-check").with(ggz.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"checkedOn\": \"2026-03-02\", \"hasChildren\": true, \"childrenSafe\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.childCheck.hasChildren").value(true))
			.andExpect(jsonPath("$.childCheck.childrenSafe").value(false))
			.andExpect(jsonPath("$.childCheck.checkedBy").value(ggz.summary().name()));
	}

	@Test
	void aPartnerNeitherReadsNorWritesTheTrail() throws Exception {
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");
		mvc.perform(get(trail).with(partner.basic())).andExpect(status().isForbidden());
		mvc.perform(put(trail + "/steps/MAP_SIGNALS").with(partner.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"doneOn\": \"2026-03-02\"}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from meldcode_step where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

}

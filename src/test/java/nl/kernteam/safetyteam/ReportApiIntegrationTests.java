package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
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

@IntegrationTest
class ReportApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	OrganisationSummary veiligThuis;

	@BeforeEach
	void aFamilyAndVeiligThuis() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
	}

	ResultActions post(Pro who, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(who.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions report(Pro who, HouseholdId household, UUID organisation, String kind, LocalDate receivedOn,
			boolean acute) throws Exception {
		return post(who, "/api/v1/households/" + household.value() + "/reports", """
				{"organisationId": "%s", "kind": "%s", "receivedOn": "%s", "acute": %s}""".formatted(organisation, kind,
				receivedOn, acute));
	}

	String reportId(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

	@Test
	void aReportStartsTheSafetyAssessmentFiveWorkingDaysLaterSkippingKingsDay() throws Exception {
		// Friday 24 April 2026; Monday 27 April is King's Day
		report(contactPerson, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadlines.length()").value(1))
			.andExpect(jsonPath("$.deadlines[0].kind").value("SAFETY_ASSESSMENT"))
			.andExpect(jsonPath("$.deadlines[0].due").value("2026-05-04"));
	}

	@Test
	void anAcuteReportIsDueTheSameDay() throws Exception {
		report(contactPerson, household, veiligThuis.id(), "REPORT", LocalDate.of(2025, 12, 24), true)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadlines[0].due").value("2025-12-24"));
	}

	@Test
	void anAdviceRequestStartsNoClock() throws Exception {
		report(contactPerson, household, veiligThuis.id(), "ADVICE", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deadlines.length()").value(0));
	}

	@Test
	void refusesBadInputWith400() throws Exception {
		String path = "/api/v1/households/" + household.value() + "/reports";
		var localTeam = data.organisation(OrganisationType.LOCAL_TEAM);
		report(contactPerson, household, localTeam.id(), "REPORT", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		report(contactPerson, household, UUID.randomUUID(), "REPORT", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isBadRequest());
		report(contactPerson, household, veiligThuis.id(), "REPORT", today().plusDays(1), false)
			.andExpect(status().isBadRequest());
		post(contactPerson, path, "{\"organisationId\": \"%s\", \"kind\": \"REPORT\"}".formatted(veiligThuis.id()))
			.andExpect(status().isBadRequest());
		post(contactPerson, path, "{\"organisationId\": \"%s\", \"kind\": \"MELDING\", \"receivedOn\": \"2026-04-24\"}"
			.formatted(veiligThuis.id())).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from report where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAssessmentThatInvestigatesStartsATenWeekClockAndTheConclusionEndsIt() throws Exception {
		String id = reportId(
				report(contactPerson, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false));
		String steps = "/api/v1/reports/" + id;
		post(contactPerson, steps + "/feedback", "{\"step\": \"SAFETY_ASSESSMENT\", \"givenOn\": \"2026-05-01\"}")
			.andExpect(status().isConflict());
		post(contactPerson, steps + "/safety-assessment", "{\"date\": \"2026-04-23\", \"outcome\": \"INVESTIGATION\"}")
			.andExpect(status().isBadRequest());
		post(contactPerson, steps + "/safety-assessment", "{\"date\": \"2026-04-30\", \"outcome\": \"INVESTIGATION\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines.length()").value(2))
			.andExpect(jsonPath("$.deadlines[0].kind").value("SAFETY_ASSESSMENT"))
			.andExpect(jsonPath("$.deadlines[0].metOn").value("2026-04-30"))
			.andExpect(jsonPath("$.deadlines[1].kind").value("INVESTIGATION"))
			.andExpect(jsonPath("$.deadlines[1].due").value("2026-07-09"))
			.andExpect(jsonPath("$.deadlines[1].metOn").doesNotExist());
		post(contactPerson, steps + "/safety-assessment", "{\"date\": \"2026-04-30\", \"outcome\": \"CLOSE\"}")
			.andExpect(status().isConflict());
		post(contactPerson, steps + "/feedback",
				"{\"step\": \"SAFETY_ASSESSMENT\", \"givenOn\": \"2026-05-01\", \"note\": \"VT onderzoekt\"}")
			.andExpect(status().isCreated());
		post(contactPerson, steps + "/investigation-conclusion", "{\"date\": \"2026-07-01\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines[1].metOn").value("2026-07-01"));
		post(contactPerson, steps + "/feedback", "{\"step\": \"INVESTIGATION\", \"givenOn\": \"2026-07-02\"}")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/" + household.value() + "/reports").with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.running.length()").value(0))
			.andExpect(jsonPath("$.reports[0].outcome").value("INVESTIGATION"))
			.andExpect(jsonPath("$.reports[0].feedback.length()").value(2))
			.andExpect(jsonPath("$.reports[0].feedback[0].note").value("VT onderzoekt"));
	}

	@Test
	void anOtherOutcomeStartsNoInvestigation() throws Exception {
		String id = reportId(
				report(contactPerson, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false));
		post(contactPerson, "/api/v1/reports/" + id + "/safety-assessment",
				"{\"date\": \"2026-04-30\", \"outcome\": \"HAND_OVER_TO_LOCAL\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines.length()").value(1));
		post(contactPerson, "/api/v1/reports/" + id + "/investigation-conclusion", "{\"date\": \"2026-07-01\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void anAdviceRequestHasNoAssessmentAndAnUnknownReportIsNotFound() throws Exception {
		String id = reportId(
				report(contactPerson, household, veiligThuis.id(), "ADVICE", LocalDate.of(2026, 4, 24), false));
		post(contactPerson, "/api/v1/reports/" + id + "/safety-assessment",
				"{\"date\": \"2026-04-30\", \"outcome\": \"CLOSE\"}")
			.andExpect(status().isConflict());
		post(contactPerson, "/api/v1/reports/" + UUID.randomUUID() + "/safety-assessment",
				"{\"date\": \"2026-04-30\", \"outcome\": \"CLOSE\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheCoreTeamRecordsReportsAndTheirSteps() throws Exception {
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");
		Pro outsider = data.professional(veiligThuis);
		report(partner, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isForbidden());
		report(outsider, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false)
			.andExpect(status().isForbidden());
		String id = reportId(
				report(contactPerson, household, veiligThuis.id(), "REPORT", LocalDate.of(2026, 4, 24), false));
		for (Pro refused : new Pro[] { partner, outsider }) {
			post(refused, "/api/v1/reports/" + id + "/safety-assessment",
					"{\"date\": \"2026-04-30\", \"outcome\": \"CLOSE\"}")
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :a and outcome = 'DENIED'")
			.param("a", outsider.id())
			.query(Long.class)
			.single()).isEqualTo(2);
		Pro expert = data.professional(veiligThuis);
		data.involve(contactPerson, household, expert, "EXPERT");
		post(expert, "/api/v1/reports/" + id + "/safety-assessment",
				"{\"date\": \"2026-04-30\", \"outcome\": \"CLOSE\"}")
			.andExpect(status().isOk());
	}

}

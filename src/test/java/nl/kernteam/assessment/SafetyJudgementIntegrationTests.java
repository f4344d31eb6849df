package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The safety judgement as three questions (issue 14): API version 1 takes the new
 * {@code safety} object and the old single value, and the assessment page says that
 * reporting is the norm when, and only when, acute or structural unsafety is judged.
 */
@IntegrationTest
class SafetyJudgementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	Pro worker;

	HouseholdId household;

	String id;

	@BeforeEach
	void setUp() throws Exception {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		var result = mvc
			.perform(post(url()).with(worker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-03-12\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"))
			.andExpect(status().isCreated())
			.andReturn();
		id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String url() {
		return "/api/v1/households/" + household + "/assessments";
	}

	ResultActions save(int version, String judgement) throws Exception {
		return mvc
			.perform(put(url() + "/" + id).with(worker.basic()).contentType(MediaType.APPLICATION_JSON).content("""
					{"version": %d, "date": "2025-03-12", "participants": [{"name": "Sanne", "kind": "FAMILY"}],
					 %s, "rationale": "Herhaalde ruzies waar de kinderen bij zijn."}
					""".formatted(version, judgement)));
	}

	@Test
	void acuteAndStructuralBothTrueRoundTrip() throws Exception {
		save(1, "\"safety\": {\"acute\": true, \"structural\": true, \"developmentalThreat\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.acute").value(true))
			.andExpect(jsonPath("$.safety.structural").value(true))
			.andExpect(jsonPath("$.safety.developmentalThreat").value(true))
			// the old single value, derived for clients that read it: acute wins
			.andExpect(jsonPath("$.safetyJudgement").value("ACUTE"));
		mvc.perform(get(url() + "/" + id).with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.acute").value(true))
			.andExpect(jsonPath("$.safety.structural").value(true))
			.andExpect(jsonPath("$.safety.developmentalThreat").value(true));
		mvc.perform(get(url()).with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].safety.structural").value(true))
			.andExpect(jsonPath("$.items[0].safetyJudgement").value("ACUTE"));
	}

	@Test
	void theOldSingleValueMapsOntoTheThreeQuestions() throws Exception {
		save(1, "\"safetyJudgement\": \"STRUCTURAL\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.acute").value(false))
			.andExpect(jsonPath("$.safety.structural").value(true))
			// never asked with the old value: not answered (left out)
			.andExpect(jsonPath("$.safety.developmentalThreat").doesNotExist())
			.andExpect(jsonPath("$.safetyJudgement").value("STRUCTURAL"));
		save(2, "\"safetyJudgement\": \"ACUTE\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.acute").value(true))
			.andExpect(jsonPath("$.safety.structural").value(false));
		save(3, "\"safetyJudgement\": \"NONE\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.acute").value(false))
			.andExpect(jsonPath("$.safety.structural").value(false))
			.andExpect(jsonPath("$.safetyJudgement").value("NONE"));
	}

	@Test
	void theNewShapeWithAgreeingOldValueIsAccepted() throws Exception {
		// what a GET answers can be sent back as it is
		save(1, "\"safety\": {\"acute\": false, \"structural\": true, \"developmentalThreat\": false}, "
				+ "\"safetyJudgement\": \"STRUCTURAL\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safety.developmentalThreat").value(false));
	}

	@Test
	void badValuesAreA400() throws Exception {
		save(1, "\"safetyJudgement\": \"UNCLEAR\"").andExpect(status().isBadRequest());
		save(1, "\"safety\": {\"acute\": \"misschien\", \"structural\": false}").andExpect(status().isBadRequest());
		save(1, "\"safety\": \"ACUTE\"").andExpect(status().isBadRequest());
		save(1, "\"safety\": {\"acute\": true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("safety.structural"));
		save(1, "\"safety\": {\"acute\": true, \"structural\": false}, \"safetyJudgement\": \"NONE\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("safetyJudgement"));
		mvc.perform(get(url() + "/" + id).with(worker.basic()))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.safety").doesNotExist());
	}

	@Test
	void aThreatToDevelopmentNeedsARationaleToo() throws Exception {
		mvc.perform(put(url() + "/" + id).with(worker.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": 1, "date": "2025-03-12",
				 "safety": {"acute": false, "structural": false, "developmentalThreat": true}}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rationale"));
	}

	String page() {
		return "/households/" + household + "/assessments/" + id;
	}

	@Test
	void theAssessmentPageSaysReportingIsTheNormOnlyWhenUnsafe() throws Exception {
		String meldcode = "/households/" + household + "/meldcode";
		String expertise = "/households/" + household + "/expertise-requests/new?from=assessment";
		mvc.perform(get(page()).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(not(containsString("id=\"unsafe-norm\"")), not(containsString(meldcode)))));
		save(1, "\"safety\": {\"acute\": false, \"structural\": false, \"developmentalThreat\": true}")
			.andExpect(status().isOk());
		mvc.perform(get(page()).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(not(containsString("id=\"unsafe-norm\"")), not(containsString(meldcode)))));
		save(2, "\"safety\": {\"acute\": false, \"structural\": true, \"developmentalThreat\": false}")
			.andExpect(status().isOk());
		var html = mvc.perform(get(page()).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"unsafe-norm\"", "Melden is de norm", "Structurele onveiligheid",
				"href=\"" + meldcode + "\"", "href=\"" + expertise + "&amp;assessment=" + id + "\"");
		// the link leads to the form, which leads back to the assessment
		mvc.perform(get(expertise + "&assessment=" + id).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page() + "\"")));
	}

	@Test
	void whoMayNotAskTheSafetyTeamSeesOnlyTheWayToTheMeldcode() throws Exception {
		var colleague = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(worker, household, colleague, "CORE_TEAM");
		save(1, "\"safety\": {\"acute\": true, \"structural\": false, \"developmentalThreat\": false}")
			.andExpect(status().isOk());
		mvc.perform(get(page()).with(colleague.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unsafe-norm\""),
					containsString("/households/" + household + "/meldcode"),
					not(containsString("expertise-requests/new")))));
	}

}

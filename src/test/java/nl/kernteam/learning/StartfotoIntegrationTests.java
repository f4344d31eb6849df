package nl.kernteam.learning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A team's starting picture, made each year and compared with the year before. */
@IntegrationTest
class StartfotoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	ResultActions save(Pro lead, String json) throws Exception {
		return mvc.perform(post("/api/v1/learning/startfotos").with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aYearIsComparedWithTheOneBefore() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro worker = data.professional(team);
		Pro outsider = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(get("/api/v1/learning/startfotos").with(lead.basic())).andExpect(status().isNotFound());
		save(lead,
				"""
						{"year": 2025, "expertise": [{"professionalId": "%s", "expertise": "Signs of Safety"}],
						 "agreements": [{"partner": "Veilig Thuis", "signedOn": "2024-03-01", "covers": "Overdracht na melding"}],
						 "programmes": ["Geweld hoort nergens thuis"]}
						"""
					.formatted(worker.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.previous").doesNotExist());
		save(lead,
				"""
						{"year": 2026, "expertise": [{"professionalId": "%1$s", "expertise": "Signs of Safety"},
						                             {"professionalId": "%1$s", "expertise": "Meldcode"}],
						 "agreements": [{"partner": "Veilig Thuis", "signedOn": "2024-03-01", "covers": "Overdracht na melding"},
						                {"partner": "Politie", "signedOn": "2026-01-15", "covers": "Huisverbod"}],
						 "programmes": []}
						"""
					.formatted(worker.id()))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/learning/startfotos").with(lead.basic()))
			.andExpect(jsonPath("$.current.year").value(2026))
			.andExpect(jsonPath("$.previous.year").value(2025))
			.andExpect(jsonPath("$.expertiseAdded[0]").value(worker.summary().name() + ": Meldcode"))
			.andExpect(jsonPath("$.expertiseGone").isEmpty())
			.andExpect(jsonPath("$.agreementsAdded[0]").value("Politie: Huisverbod"))
			.andExpect(jsonPath("$.programmesGone[0]").value("Geweld hoort nergens thuis"));
		save(lead, """
				{"year": 2026, "expertise": [{"professionalId": "%s", "expertise": "Meldcode"}]}
				""".formatted(outsider.id())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/learning/startfotos").with(worker.basic())).andExpect(status().isForbidden());
		mvc.perform(get("/learning/startfoto").with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Politie, getekend 15-1-2026: Huisverbod")));
	}

}

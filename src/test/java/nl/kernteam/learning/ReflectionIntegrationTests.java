package nl.kernteam.learning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
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

/**
 * A reflection marked private is read by its author only, not by the team lead in the
 * same core team; a partner cannot reflect; the team lead sees the dates and the nudge.
 */
@IntegrationTest
class ReflectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	ResultActions reflect(Pro as, HouseholdId household, String note, boolean shared) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/reflections", household.value()).with(as.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"reflectedOn": "%s", "principles": {"FAMILY_AS_STARTING_POINT": "%s"}, "shared": %s}
					""".formatted(today, note, shared)));
	}

	@Test
	void aPrivateReflectionIsNotVisibleToTheTeamLead() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro worker = data.professional(team);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro partner = data.professional(OrganisationType.POLICE);
		HouseholdId household = data.household(worker);
		data.involve(worker, household, lead, "CORE_TEAM");
		data.involve(worker, household, partner, "PARTNER");
		reflect(worker, household, "Alleen voor mij", false).andExpect(status().isCreated());
		reflect(worker, household, "Voor het kernteam", true).andExpect(status().isCreated());
		reflect(partner, household, "Van de partner", true).andExpect(status().isForbidden());
		reflect(worker, household, "", true).andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/households/{id}/reflections", household.value()).with(worker.basic()))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/households/{id}/reflections", household.value()).with(lead.basic()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].principles.FAMILY_AS_STARTING_POINT").value("Voor het kernteam"));
		mvc.perform(get("/households/{id}/reflections", household.value()).with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(Matchers.not(Matchers.containsString("Alleen voor mij"))));

		// the team lead sees dates only: the worker reflected today, the team never met
		mvc.perform(get("/api/v1/learning/rhythm").with(lead.basic()))
			.andExpect(jsonPath("$.teamLastMet").doesNotExist())
			.andExpect(jsonPath("$.teamSlipping").value(true))
			.andExpect(jsonPath("$.members[?(@.professionalId == '%s')].lastReflected".formatted(worker.id()))
				.value(Matchers.hasItem(today.toString())))
			.andExpect(jsonPath("$.members[?(@.professionalId == '%s')].reflectionSlipping".formatted(worker.id()))
				.value(Matchers.hasItem(false)))
			.andExpect(jsonPath("$.members[?(@.professionalId == '%s')].reflectionSlipping".formatted(lead.id()))
				.value(Matchers.hasItem(true)));
		mvc.perform(post("/api/v1/learning/intervisions").with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn": "%s", "attendees": ["%s", "%s"], "cases": ["Gezin met zorgen over school"]}
					""".formatted(today.minusWeeks(7), worker.id(), lead.id()))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/learning/intervisions").with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn": "%s", "attendees": ["%s"], "cases": []}
					""".formatted(today, partner.id()))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/learning/rhythm").with(lead.basic()))
			.andExpect(jsonPath("$.teamLastMet").value(today.minusWeeks(7).toString()))
			.andExpect(jsonPath("$.teamSlipping").value(true));
		mvc.perform(get("/api/v1/learning/rhythm").with(worker.basic())).andExpect(status().isForbidden());
		mvc.perform(get("/learning/rhythm").with(lead.session())).andExpect(status().isOk());
	}

}

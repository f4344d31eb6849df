package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The expertise pages: asking from the network page, deciding from the duty queue,
 * answering and extending; each refused to whoever the rule leaves out.
 */
@IntegrationTest
class ExpertiseRequestPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Pro contactPerson;

	Pro raad;

	HouseholdId household;

	LocalDate until;

	@BeforeEach
	void aHouseholdAndTheRaad() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		until = AmsterdamTime.today(clock).plusWeeks(4);
	}

	UUID askFromThePage() throws Exception {
		mvc.perform(post("/households/{id}/expertise-requests", household.value()).with(contactPerson.session())
			.with(csrf())
			.param("organisationId", raad.summary().organisationId().toString())
			.param("question", "Wat is nodig om Daan veilig thuis te laten wonen?")
			.param("urgency", "ROUTINE")
			.param("until", until.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/households/" + household.value() + "/network"));
		return jdbc.sql("select id from expertise_request where household_id = :h")
			.param("h", household.value())
			.query(UUID.class)
			.single();
	}

	@Test
	void theFormShowsItsErrorsNextToTheFields() throws Exception {
		mvc.perform(get("/households/{id}/expertise-requests/new", household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(raad.summary().organisationName())));
		mvc.perform(post("/households/{id}/expertise-requests", household.value()).with(contactPerson.session())
			.with(csrf())
			.param("organisationId", raad.summary().organisationId().toString())
			.param("question", "Vraag")
			.param("urgency", "ROUTINE")
			.param("until", AmsterdamTime.today(clock).minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"until-error\"")))
			.andExpect(content().string(containsString("Kies een datum na vandaag.")));
	}

	@Test
	void aCoreTeamMemberDoesNotGetTheForm() throws Exception {
		Pro coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		mvc.perform(get("/households/{id}/expertise-requests/new", household.value()).with(coreTeam.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/households/{id}/network", household.value()).with(coreTeam.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Expertise")))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(containsString("/households/" + household.value() + "/expertise-requests/new"))));
	}

	@Test
	void theRaadDecidesFromTheQueueAnswersAndTheContactPersonExtends() throws Exception {
		UUID request = askFromThePage();
		mvc.perform(get("/expertise-requests").with(raad.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat is nodig om Daan veilig thuis te laten wonen?")));
		mvc.perform(get("/households/{id}", household.value()).with(raad.session())).andExpect(status().isForbidden());
		Pro partner = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, partner, "PARTNER");
		mvc.perform(get("/households/{id}/network", household.value()).with(partner.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.not(containsString("Wat is nodig om Daan veilig thuis te laten wonen?"))));
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		mvc.perform(get("/expertise-requests/{id}", request).with(veiligThuis.session()))
			.andExpect(status().isNotFound());

		mvc.perform(get("/expertise-requests/{id}", request).with(raad.session())).andExpect(status().isOk());
		mvc.perform(post("/expertise-requests/{id}/accept", request).with(raad.session())
			.with(csrf())
			.param("professionalId", raad.id().toString())).andExpect(redirectedUrl("/expertise-requests"));
		mvc.perform(post("/expertise-requests/{id}/accept", request).with(raad.session())
			.with(csrf())
			.param("professionalId", raad.id().toString())).andExpect(status().isConflict());
		mvc.perform(get("/households/{id}", household.value()).with(raad.session())).andExpect(status().isOk());

		mvc.perform(get("/expertise-requests/{id}/answer", request).with(contactPerson.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/expertise-requests/{id}/answer", request).with(raad.session())).andExpect(status().isOk());
		mvc.perform(post("/expertise-requests/{id}/answer", request).with(raad.session())
			.with(csrf())
			.param("answer", "Een vaste oppas na school en wekelijks contact met school."))
			.andExpect(redirectedUrl("/households/" + household.value() + "/network"));

		mvc.perform(get("/expertise-requests/{id}/extend", request).with(raad.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/expertise-requests/{id}/extend", request).with(contactPerson.session()))
			.andExpect(status().isOk());
		mvc.perform(post("/expertise-requests/{id}/extend", request).with(contactPerson.session())
			.with(csrf())
			.param("until", until.plusWeeks(4).toString()))
			.andExpect(redirectedUrl("/households/" + household.value() + "/network"));

		String day = until.plusWeeks(4).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
		mvc.perform(get("/households/{id}/network", household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(raad.summary().name() + " doet mee tot en met " + day)))
			.andExpect(content().string(containsString("Een vaste oppas na school en wekelijks contact met school.")));
	}

	@Test
	void aDeclineFromThePageNeedsAReason() throws Exception {
		UUID request = askFromThePage();
		mvc.perform(
				post("/expertise-requests/{id}/decline", request).with(raad.session()).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		mvc.perform(post("/expertise-requests/{id}/decline", request).with(raad.session())
			.with(csrf())
			.param("reason", "Past niet bij onze taak")).andExpect(redirectedUrl("/expertise-requests"));
		assertThat(jdbc.sql("select status from expertise_request where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("DECLINED");
		mvc.perform(get("/households/{id}", household.value()).with(raad.session())).andExpect(status().isForbidden());
		mvc.perform(get("/households/{id}/network", household.value()).with(contactPerson.session()))
			.andExpect(content().string(containsString("Afgewezen: Past niet bij onze taak")));
	}

}

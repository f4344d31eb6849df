package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.safetyteam.ExpertiseRequestAcceptance;
import nl.kernteam.safetyteam.ExpertiseRequestDecline;
import nl.kernteam.safetyteam.ExpertiseRequestInput;
import nl.kernteam.safetyteam.ExpertiseRequestManagement;
import nl.kernteam.safetyteam.ExpertiseRequestUrgency;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The family is told of the questions asked about them, and who joined until when. */
@IntegrationTest
class FamilyExpertiseRequestsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertiseRequestManagement requests;

	@Test
	void theFamilyReadsWhomWeAskedWhatAndWhoJoinedUntilWhenAndTheReadIsLogged() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		UUID mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		Fam family = data.familyMember(contactPerson, household, mother);
		mvc.perform(get("/api/v1/family/household").with(family.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expertiseRequests.length()").value(0))
			.andExpect(jsonPath("$.contactPerson.name").value(contactPerson.summary().name()));

		OrganisationSummary raad = data.organisation(OrganisationType.CHILD_PROTECTION_BOARD);
		Pro raadWorker = data.professional(raad);
		OrganisationSummary veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		LocalDate until = LocalDate.now(AmsterdamTime.ZONE).plusWeeks(6);
		UUID accepted = requests.request(contactPerson.actor(), household, new ExpertiseRequestInput(raad.id(),
				"Wat is nodig zodat Daan en Evi veilig thuis kunnen wonen?", ExpertiseRequestUrgency.URGENT, until));
		UUID declined = requests.request(contactPerson.actor(), household, new ExpertiseRequestInput(veiligThuis.id(),
				"Kunt u met ons meedenken over de ruzies?", ExpertiseRequestUrgency.ROUTINE, until));
		requests.accept(raadWorker.actor(), accepted, new ExpertiseRequestAcceptance(null));
		requests.decline(data.professional(veiligThuis).actor(), declined,
				new ExpertiseRequestDecline("Past niet bij onze taak"));

		mvc.perform(get("/api/v1/family/household").with(family.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expertiseRequests.length()").value(2))
			.andExpect(jsonPath("$.expertiseRequests[?(@.status == 'ACCEPTED')].professionalName")
				.value(raadWorker.summary().name()))
			.andExpect(jsonPath("$.expertiseRequests[?(@.status == 'ACCEPTED')].organisationName").value(raad.name()))
			.andExpect(jsonPath("$.expertiseRequests[?(@.status == 'ACCEPTED')].until").value(until.toString()))
			.andExpect(jsonPath("$.expertiseRequests[?(@.status == 'DECLINED')].question")
				.value("Kunt u met ons meedenken over de ruzies?"));
		var page = Jsoup.parse(mvc.perform(get("/family").with(family.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String told = page.select("#expertise-heading").parents().first().text();
		assertThat(told).contains("Wat is nodig zodat Daan en Evi veilig thuis kunnen wonen?")
			.contains(raadWorker.summary().name() + " van " + raad.name() + " helpt mee tot en met")
			.contains("Nee. " + veiligThuis.name() + " helpt niet mee.")
			.doesNotContain("Past niet bij onze taak");
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where household_id = :h and resource like '%expertise-requests%' and action = 'READ'""")
			.param("h", household.value())
			.query(Long.class)
			.single()).as("the family's reads are logged").isGreaterThanOrEqualTo(3);
	}

}

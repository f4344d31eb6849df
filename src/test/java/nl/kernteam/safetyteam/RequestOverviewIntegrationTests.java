package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A team lead of the regional safety team sees their organisation's requests (waiting,
 * accepted, running out) and clocks; nobody else does.
 */
@IntegrationTest
class RequestOverviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertiseRequestManagement requests;

	@Autowired
	ReportManagement reports;

	OrganisationSummary veiligThuis;

	Pro lead;

	Pro worker;

	Pro contactPerson;

	HouseholdId household;

	UUID waiting;

	UUID running;

	UUID endingSoon;

	LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	@BeforeEach
	void requestsAndAReportToVeiligThuis() {
		veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		lead = data.professional(veiligThuis, Role.PROFESSIONAL, Role.TEAM_LEAD);
		worker = data.professional(veiligThuis);
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		waiting = ask("Wat is nodig om Daan veilig te houden?", ExpertiseRequestUrgency.ACUTE, today.plusWeeks(4));
		running = ask("Kunt u meedenken over de afspraken?", ExpertiseRequestUrgency.ROUTINE, today.plusWeeks(6));
		endingSoon = ask("Kunt u het gesprek met vader voeren?", ExpertiseRequestUrgency.URGENT, today.plusDays(3));
		requests.accept(worker.actor(), running, new ExpertiseRequestAcceptance(null));
		requests.accept(data.professional(veiligThuis).actor(), endingSoon, new ExpertiseRequestAcceptance(null));
		reports.record(worker.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, today.minusWeeks(2), false));
	}

	UUID ask(String question, ExpertiseRequestUrgency urgency, LocalDate until) {
		return requests.request(contactPerson.actor(), household,
				new ExpertiseRequestInput(veiligThuis.id(), question, urgency, until));
	}

	@Test
	void theTeamLeadSeesWaitingRunningEndingAndOverdueClocksEachInItsList() throws Exception {
		mvc.perform(get("/api/v1/expertise-requests/overview").with(lead.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waiting.total").value(1))
			.andExpect(jsonPath("$.waiting.items[0].id").value(waiting.toString()))
			.andExpect(jsonPath("$.accepted.total").value(1))
			.andExpect(jsonPath("$.accepted.items[0].id").value(running.toString()))
			.andExpect(jsonPath("$.accepted.items[0].professionalName").value(worker.summary().name()))
			.andExpect(jsonPath("$.endingSoon.total").value(1))
			.andExpect(jsonPath("$.endingSoon.items[0].id").value(endingSoon.toString()))
			.andExpect(jsonPath("$.clocks.total").value(1))
			.andExpect(jsonPath("$.clocks.items[0].kind").value("SAFETY_ASSESSMENT"))
			.andExpect(jsonPath("$.clocks.items[0].overdue").value(true))
			.andExpect(jsonPath("$.endingWithinDays").value(7));
		// paged: one per page, the second page of waiting is empty but counted
		mvc.perform(
				get("/api/v1/expertise-requests/overview").param("waiting", "1").param("size", "1").with(lead.basic()))
			.andExpect(jsonPath("$.waiting.items.length()").value(0))
			.andExpect(jsonPath("$.waiting.total").value(1));
		var page = Jsoup.parse(mvc.perform(get("/team/expertise-requests").with(lead.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h2").eachText()).containsExactly("Wachten op een besluit (1)",
				"Loopt binnen 7 dagen af (1)", "Aangenomen en lopend (1)",
				"Wettelijke termijnen, eerstvolgende eerst (1)");
		assertThat(page.select("#clocks-heading + ul").text()).as("overdue in words, not colour alone")
			.contains("Te laat:");
		assertThat(page.text()).doesNotContain(data.householdName(household));
		assertThat(page.select("nav.site-nav a[href=/team/expertise-requests]")).as("in the team lead's navigation")
			.hasSize(1);
		assertThat(page.select("nav.site-nav a[aria-current=page]").eachText()).as("only its own item is current")
			.containsExactly("Verzoeken en termijnen");
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :lead and household_id = :h
				   and action = 'READ' and resource like :resource""")
			.param("lead", lead.id())
			.param("h", household.value())
			.param("resource", "%expertise-request:" + waiting + "%")
			.query(Long.class)
			.single()).as("every request shown is logged").isEqualTo(2);
	}

	@Test
	void aLeadOfAnotherOrganisationSeesNoneOfItAndAProfessionalWhoDoesNotLeadIsRefused() throws Exception {
		Pro otherLead = data.professional(OrganisationType.VEILIG_THUIS, Role.PROFESSIONAL, Role.TEAM_LEAD);
		mvc.perform(get("/api/v1/expertise-requests/overview").with(otherLead.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.waiting.total").value(0))
			.andExpect(jsonPath("$.accepted.total").value(0))
			.andExpect(jsonPath("$.endingSoon.total").value(0))
			.andExpect(jsonPath("$.clocks.total").value(0));
		mvc.perform(get("/api/v1/expertise-requests/overview").with(worker.basic())).andExpect(status().isForbidden());
		mvc.perform(get("/team/expertise-requests").with(worker.session())).andExpect(status().isForbidden());
		mvc.perform(get("/").with(worker.session()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/team/expertise-requests"))));
	}

}

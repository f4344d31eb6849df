package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clocks on "Mijn werk" and on the household page: soonest first, the overdue one
 * says so in words; a partner's household page does not show that a report was made.
 */
@IntegrationTest
class DeadlinePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportManagement reports;

	Pro contactPerson;

	HouseholdId household;

	OrganisationSummary veiligThuis;

	@BeforeEach
	void aReportWithAnInvestigationAndAnOverdueAssessment() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		var first = reports.record(contactPerson.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, LocalDate.of(2026, 4, 24), false));
		reports.assess(contactPerson.actor(), first.id(),
				new RecordSafetyAssessment(LocalDate.of(2026, 4, 30), ReportOutcome.INVESTIGATION));
		reports.record(contactPerson.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, LocalDate.of(2026, 6, 1), true));
	}

	Document page(String url, Pro who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theStartPageListsMyClocksSoonestFirstWithOverdueInWords() throws Exception {
		var items = page("/", contactPerson).select("#deadlines-heading + ul li");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).text()).contains("Veiligheidsbeoordeling", "1 jun. 2026", "Te laat");
		assertThat(items.get(1).text()).contains("Onderzoek", "9 jul. 2026", "Te laat");
	}

	@Test
	void theHouseholdPageShowsTheClocksToTheCoreTeamOnly() throws Exception {
		String url = "/households/" + household.value();
		var section = page(url, contactPerson).select("section[aria-labelledby=reports-heading]");
		assertThat(section.select("h3 + ul").first().select("li")).extracting(li -> li.text())
			.satisfiesExactly(first -> assertThat(first).contains("Veiligheidsbeoordeling", "Te laat"),
					second -> assertThat(second).contains("Onderzoek"));
		assertThat(section.text()).contains("Melding", "Beoordeeld op 30 apr. 2026: onderzoek");
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");
		assertThat(page(url, partner).select("#reports-heading")).isEmpty();
	}

	@Test
	void noClocksNoSection() throws Exception {
		assertThat(page("/", data.professional(OrganisationType.LOCAL_TEAM)).select("#deadlines-heading")).isEmpty();
	}

}

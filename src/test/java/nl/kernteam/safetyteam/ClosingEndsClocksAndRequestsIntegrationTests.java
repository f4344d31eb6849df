package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closing the file ends every running clock and request of the household (issue 15:
 * "every involvement and running clock ends").
 */
@IntegrationTest
class ClosingEndsClocksAndRequestsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportManagement reports;

	@Autowired
	ExpertiseRequestManagement requests;

	@Test
	void closingStopsTheClocksAndWithdrawsTheOpenRequest() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		var veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		Pro vtWorker = data.professional(veiligThuis);
		LocalDate today = AmsterdamTime.today(java.time.Clock.systemUTC());
		reports.record(contactPerson.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, today.minusDays(1), false));
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		UUID request = requests.request(contactPerson.actor(), household,
				new ExpertiseRequestInput(raad.summary().organisationId(), "Is een raadsonderzoek nodig?",
						ExpertiseRequestUrgency.URGENT, today.plusWeeks(6)));
		mvc.perform(get("/api/v1/deadlines").with(vtWorker.basic())).andExpect(jsonPath("$.items.length()").value(1));

		mvc.perform(post("/api/v1/households/{id}/close", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Het gaat weer goed\"}")).andExpect(status().isOk());

		mvc.perform(get("/api/v1/deadlines").with(vtWorker.basic())).andExpect(jsonPath("$.items.length()").value(0));
		assertThat(jdbc.sql("select status from expertise_request where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from report_deadline where household_id = :h and stopped_on is not null")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The morning notices reach other systems: a court order entering the weeks in which its
 * extension must be asked becomes a COURT_ORDER_ENDING delivery, on that day only.
 */
@IntegrationTest
class DeadlineNoticesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineNotices notices;

	@Test
	void aCourtOrderEnteringItsExtensionWeeksIsToldOnThatDay() throws Exception {
		mvc.perform(
				post("/api/v1/webhooks").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"Rechtbankkoppeling\", \"url\": \"https://localhost:1/hook\", "
							+ "\"kinds\": [\"COURT_ORDER_ENDING\", \"DEADLINE_DUE\"]}"))
			.andExpect(status().isCreated());
		var contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		UUID child = jdbc.sql("select id from member where household_id = :h and role = 'CHILD' limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		LocalDate ends = today.plusWeeks(8);
		mvc.perform(post("/api/v1/households/{id}/court-orders", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"childMemberId": "%s", "kind": "SUPERVISION", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
						.formatted(child, today.minusMonths(4), today.minusMonths(4), ends)))
			.andExpect(status().isCreated());

		// the day before its warning begins: nothing about this household
		notices.run(today.minusDays(1));
		assertThat(notices.run(today)).as("notices published today").isPositive();
		await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(household.value()).size() == 1);
		String payload = deliveries(household.value()).get(0);
		assertThat(payload).contains("\"kind\":\"COURT_ORDER_ENDING\"", "\"due\":\"" + ends + "\"")
			.doesNotContain(data.householdName(household));
		// no receiver here: later tests' events must not queue deliveries for it
		jdbc.sql("update webhook_subscription set active = false where name = 'Rechtbankkoppeling'").update();
	}

	private List<String> deliveries(UUID household) {
		return jdbc.sql("select payload from webhook_delivery where kind = 'COURT_ORDER_ENDING' and payload like :h")
			.param("h", "%" + household + "%")
			.query(String.class)
			.list();
	}

}

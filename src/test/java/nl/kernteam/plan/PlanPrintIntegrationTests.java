package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Printing the plan takes it out of Kernteam on paper: the access log says so, not that
 * it was read.
 */
@IntegrationTest
class PlanPrintIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void printingThePlanIsLoggedAsPrinting() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);

		mvc.perform(get("/households/{id}/plan/print", household.value()).with(worker.session()))
			.andExpect(status().isOk());

		List<String> planRows = jdbc.sql("""
				select action from access_log where household_id = :h and actor_id = :a and resource = 'plan'
				""").param("h", household.value()).param("a", worker.id()).query(String.class).list();
		assertThat(planRows).containsExactly("PRINT");
	}

}

package nl.kernteam.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operations watch (issue 18): liveness and readiness for anyone, without detail;
 * Prometheus metrics for a functional administrator only, with Kernteam's own measures
 * beside the requests and the database pool.
 */
@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void livenessAndReadinessAnswerAnyoneWithoutDetail() throws Exception {
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void metricsAreForTheFunctionalAdministratorOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		var professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD,
				Role.PRIVACY_OFFICER);
		mvc.perform(get("/actuator/prometheus").with(professional.basic())).andExpect(status().isForbidden());
		// nothing else of the actuator is open, whoever asks
		mvc.perform(get("/actuator/env").with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void metricsNameRequestsThePoolTheAccessLogAndOverdueClocks() throws Exception {
		// one professional read, so that the access log has written at least one row
		var professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		var household = data.household(professional);
		mvc.perform(get("/api/v1/households/" + household.value()).with(professional.basic()))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_bucket")))
			.andExpect(content().string(containsString("hikaricp_connections_active")))
			.andExpect(content().string(
					containsString("kernteam_access_log_writes_total{application=\"kernteam\",outcome=\"granted\"}")))
			.andExpect(content().string(containsString("kernteam_deadlines_overdue")))
			// Spring Security's per-filter observations are off (issue 19)
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("spring_security_filterchains"))));
	}

}

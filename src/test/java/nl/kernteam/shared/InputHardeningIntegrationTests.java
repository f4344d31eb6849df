package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input a client may send on purpose or by accident: never a 500, never a way around a
 * rule.
 */
@IntegrationTest
class InputHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void absurdPagesAndLanguagesAreHarmless() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(get("/households").param("page", "2147483647").with(worker.session())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households").param("page", "2147483647").with(worker.basic()))
			.andExpect(status().isOk());
		mvc.perform(get("/").param("lang", "en_!").with(worker.session())).andExpect(status().isOk());
	}

	@Test
	void farAwayDatesAndHugeFormIndexesAreBadRequests() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		mvc.perform(get("/households/{id}/network", household.value()).param("on", "+999999999-12-31")
			.with(worker.session())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/households/{id}/measures", household.value()).param("from", "-999999999-01-01")
			.param("to", "+999999999-12-31")
			.with(worker.basic())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/households/{id}/measures", household.value()).param("from", "2026-02-01")
			.param("to", "2026-01-01")
			.with(worker.basic()))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
				.value("to"));
		mvc.perform(post("/api/v1/households/{id}/plan/evaluations", household.value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"plannedOn\": \"1990-01-01\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/households").with(worker.session()).with(csrf()).param("members[300].givenName", "x"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"members": [{"givenName": "Oud", "familyName": "Mens", "birthDate": "1850-01-01", "role": "PARENT"}]}"""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anIdOfAnotherHouseholdsInvolvementIsAConflict() throws Exception {
		Pro first = data.professional(OrganisationType.LOCAL_TEAM);
		var a = data.household(first);
		UUID involvement = data.informal(first, a, "Truus", "oma");
		Pro second = data.professional(OrganisationType.LOCAL_TEAM);
		var b = data.household(second);
		mvc.perform(post("/api/v1/households/{id}/involvements", b.value()).with(second.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"%s\", \"personName\": \"Kees\", \"relation\": \"buurman\", \"role\": \"INFORMAL\"}"
				.formatted(involvement)))
			.andExpect(status().isConflict());
	}

	@Test
	void anEncodedHouseholdIdDoesNotSlipPastTheGuard() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		Pro outsider = data.professional(OrganisationType.POLICE);
		String id = household.value().toString();
		String encoded = "%" + Integer.toHexString(id.charAt(0)) + id.substring(1);
		mvc.perform(put(java.net.URI.create("/api/v1/households/" + encoded + "/plan")).with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{")).andExpect(status().isForbidden());
	}

	@Test
	void deactivationEndsAnOpenSessionAtOnce() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var login = mvc.perform(
				post("/login").with(csrf()).param("username", worker.username()).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var session = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(get("/households").session(session)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/professionals/{id}/deactivate", worker.id())
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void theStartPageLogsWhichHouseholdsItNames() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		mvc.perform(get("/").with(worker.session())).andExpect(status().isOk());
		assertThat(jdbc
			.sql("select count(*) from access_log where actor_id = :a and household_id = :h and action = 'SEARCH'")
			.param("a", worker.id())
			.param("h", household.value())
			.query(Long.class)
			.single()).isPositive();
	}

}

package nl.kernteam.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/households")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void formLoginWithTheRightPasswordSucceedsAndWrongFails() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(post("/login").with(csrf()).param("username", worker.username()).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf()).param("username", worker.username()).param("password", "nope"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", worker.username()).param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden()); // no CSRF token
	}

	@Test
	void lockedAccountIsToldSo() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", worker.username()).param("password", "fout" + i));
		}
		mvc.perform(post("/login").with(csrf()).param("username", worker.username()).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}
}

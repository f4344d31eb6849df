package nl.kernteam.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Hole 10: a password reset ends open sessions; security headers on every response. */
@IntegrationTest
class SessionsAndHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ProfessionalRepository professionals;

	@Test
	void anAdministratorsPasswordResetEndsTheProfessionalsOpenSessions() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var session = logIn(worker.username(), TestData.PASSWORD);
		mvc.perform(get("/households").session(session)).andExpect(status().isOk());
		var admin = logIn("admin", TestData.ADMIN_PASSWORD);
		mvc.perform(post("/admin/professionals/{id}/password", worker.id()).session(admin)
			.with(csrf())
			.param("password", "a brand new password")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/admin/organisations").session(admin)).andExpect(status().is2xxSuccessful());
	}

	@Test
	void resettingTheAdministratorFromThePropertyEndsItsOpenSessions() throws Exception {
		var session = logIn("admin", TestData.ADMIN_PASSWORD);
		mvc.perform(get("/admin/organisations").session(session)).andExpect(status().is2xxSuccessful());
		try {
			new AdminBootstrap(identity, professionals, "another admin password", "target/test-data").run(null);
			mvc.perform(get("/admin/organisations").session(session)).andExpect(redirectedUrl("/login?expired"));
		}
		finally {
			new AdminBootstrap(identity, professionals, TestData.ADMIN_PASSWORD, "target/test-data").run(null);
		}
		mvc.perform(get("/api/v1/organisations").with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void everyResponseSaysNoCameraMicrophoneOrLocation() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] { get("/login"),
				get("/households"), get("/css/kernteam.css"), get("/api/v1/households"), get("/api/v1/openapi.json"),
				get("/nope") }) {
			mvc.perform(request)
				.andExpect(header().string("Permissions-Policy",
						org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("camera=()"),
								org.hamcrest.Matchers.containsString("microphone=()"),
								org.hamcrest.Matchers.containsString("geolocation=()"))));
		}
	}

	@Test
	void secureRequestsGetStrictTransportSecurity() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
		mvc.perform(get("/api/v1/households").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
		mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private MockHttpSession logIn(String username, String password) throws Exception {
		var login = mvc
			.perform(post("/login").with(csrf())
				.with(LoginIntegrationTests.from("192.0.2.10"))
				.param("username", username)
				.param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

}

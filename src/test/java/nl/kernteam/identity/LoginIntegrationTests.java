package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Login through the form and HTTP Basic. Every test that fails logins does so from its
 * own client address (the throttle counts per address, and the shared test context is
 * otherwise one address, 127.0.0.1).
 */
@IntegrationTest
class LoginIntegrationTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	IdentityManagement identity;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * A client address of its own (TEST-NET-2), so that tests do not share a throttle
	 * bucket.
	 */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String newAddress() {
		int n = addresses.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/households")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Demo-omgeving"))));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	/**
	 * Without a configured identity provider nothing of OpenID Connect is there: no
	 * button, no OAuth2 client (Boot's own configuration needs registrations), no
	 * redirect to a provider.
	 */
	@Test
	void withoutAConfiguredProviderTheLoginIsLocalOnly(
			@Autowired org.springframework.context.ApplicationContext context) throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("oauth2"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("DigiD"))));
		assertThat(context.getBeanNamesForType(OidcLogin.class)).isEmpty();
		assertThat(context.getBeanNamesForType(
				org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class))
			.isEmpty();
		mvc.perform(get("/oauth2/authorization/professionals"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void formLoginWithTheRightPasswordSucceedsAndWrongFails() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var address = from(newAddress());
		mvc.perform(post("/login").with(csrf())
			.with(address)
			.param("username", worker.username())
			.param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf())
			.with(address)
			.param("username", worker.username())
			.param("password", "nope")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(
				post("/login").with(address).param("username", worker.username()).param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden()); // no CSRF token
	}

	@Test
	void usernamesAreOneAccountWhateverTheSpacesTabsOrCase() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var address = from(newAddress());
		for (String spelling : List.of(" " + worker.username() + " ", "\t" + worker.username(),
				worker.username().toUpperCase() + "\t", "\u00A0" + worker.username() + "\n")) {
			mvc.perform(get("/api/v1/households").with(address).with(httpBasic(spelling, TestData.PASSWORD)))
				.andExpect(status().isOk());
			mvc.perform(post("/login").with(csrf())
				.with(address)
				.param("username", spelling)
				.param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/"));
		}
	}

	/** Hole 1: 40 guesses with " name " through HTTP Basic were never counted. */
	@Test
	void basicLoginFailuresWithSpacedUsernamesLockTheAccount() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var address = from(newAddress());
		List<String> spellings = List.of(" " + worker.username() + " ", "\t" + worker.username(),
				worker.username() + "\t", " " + worker.username().toUpperCase(), worker.username() + "  ",
				"\t " + worker.username() + " \t");
		for (String spelling : spellings) {
			mvc.perform(get("/api/v1/households").with(address).with(httpBasic(spelling, "wrong password")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/households").with(address).with(worker.basic())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/professionals/{id}", worker.id()).with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.locked").value(true));
	}

	@Test
	void accountsAreCreatedWithTheNormalisedUsername() throws Exception {
		var organisation = data.organisation(OrganisationType.LOCAL_TEAM);
		String username = "Nieuw.Collega" + TestData.unique();
		mvc.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "\\t %s ", "password": "correct horse battery", "name": "Nieuwe Collega",
					 "organisationId": "%s", "roles": ["PROFESSIONAL"]}
					""".formatted(username, organisation.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username.toLowerCase()));
		mvc.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "password": "correct horse battery", "name": "Dubbel",
					 "organisationId": "%s", "roles": ["PROFESSIONAL"]}
					""".formatted(username.toUpperCase(), organisation.id()))).andExpect(status().isBadRequest());
	}

	/**
	 * Hole 2: a locked, an unknown, an inactive and a wrong account answer alike, on the
	 * page and on the API.
	 */
	@Test
	void lockedUnknownInactiveAndWrongAccountsAnswerTheSame() throws Exception {
		var locked = data.professional(OrganisationType.LOCAL_TEAM);
		var inactive = data.professional(OrganisationType.LOCAL_TEAM);
		var wrong = data.professional(OrganisationType.LOCAL_TEAM);
		var admin = data.professional(OrganisationType.LOCAL_TEAM);
		identity.deactivate(admin.actor(), inactive.id());
		var address = from(newAddress());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf())
				.with(address)
				.param("username", locked.username())
				.param("password", "fout" + i));
		}
		String unknown = "nobody" + TestData.unique();
		// with the right password too: a locked or inactive account is told nothing more
		// than a wrong one
		var pages = List.of(page(address, locked.username(), TestData.PASSWORD),
				page(address, locked.username(), "fout"), page(address, inactive.username(), TestData.PASSWORD),
				page(address, unknown, TestData.PASSWORD), page(address, wrong.username(), "fout"));
		for (var result : pages) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		var apis = List.of(api(address, locked.username(), TestData.PASSWORD),
				api(address, inactive.username(), TestData.PASSWORD), api(address, unknown, TestData.PASSWORD),
				api(address, wrong.username(), "fout"));
		for (var result : apis) {
			assertThat(result.getResponse().getStatus()).isEqualTo(401);
			assertThat(result.getResponse().getContentAsString())
				.isEqualTo(apis.get(0).getResponse().getContentAsString());
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Kernteam\"");
		}
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Inloggen is niet gelukt")));
	}

	@Test
	void aLockIsNotExtendedByFurtherFailures() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var address = from(newAddress());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/households").with(address).with(httpBasic(worker.username(), "fout" + i)));
		}
		var lockedUntil = lockedUntil(worker.id());
		assertThat(lockedUntil).isNotNull();
		Thread.sleep(5);
		mvc.perform(get("/api/v1/households").with(address).with(httpBasic(worker.username(), "nog een keer fout")));
		assertThat(lockedUntil(worker.id())).isEqualTo(lockedUntil);
	}

	private java.time.OffsetDateTime lockedUntil(java.util.UUID id) {
		return jdbc.sql("select locked_until from professional where id = :id")
			.param("id", id)
			.query(java.time.OffsetDateTime.class)
			.single();
	}

	/**
	 * Hole 2: one client address cannot go on guessing (nor locking accounts) after 20
	 * failures a minute.
	 */
	@Test
	void failedLoginsAreThrottledPerClientAddress() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		String guesser = newAddress();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/api/v1/households").with(from(guesser))
				.with(httpBasic("nobody" + i + "x" + TestData.unique(), "guess"))).andExpect(status().isUnauthorized());
		}
		// now even the right password is refused from that address, before it is checked
		mvc.perform(get("/api/v1/households").with(from(guesser)).with(worker.basic()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(post("/login").with(csrf())
			.with(from(guesser))
			.param("username", worker.username())
			.param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
		// and the account was not locked by those guesses: from another address it logs
		// in
		mvc.perform(get("/api/v1/households").with(from(newAddress())).with(worker.basic())).andExpect(status().isOk());
		mvc.perform(post("/login").with(csrf())
			.with(from(newAddress()))
			.param("username", worker.username())
			.param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private MvcResult page(RequestPostProcessor address, String username, String password) throws Exception {
		return mvc
			.perform(post("/login").with(csrf()).with(address).param("username", username).param("password", password))
			.andReturn();
	}

	private MvcResult api(RequestPostProcessor address, String username, String password) throws Exception {
		return mvc.perform(get("/api/v1/households").with(address).with(httpBasic(username, password))).andReturn();
	}

}

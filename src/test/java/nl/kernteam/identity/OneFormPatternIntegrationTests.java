package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one form pattern, through real page posts: a rule only the domain knows lands next
 * to its field, and the one password rule refuses the same passwords on every form and
 * request that takes a new one.
 */
@IntegrationTest
class OneFormPatternIntegrationTests {

	/**
	 * Too short, too long, or not one line of plain text; and the shortest one that is
	 * good enough.
	 */
	static final Map<String, Boolean> PASSWORDS = Map.of("", false, "kort", false, "elf tekens.", false,
			"x".repeat(201), false, "twaalf\ntekens", false, "twaalf tekens", true);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDomainRefusalIsShownNextToItsFieldAndTiedToIt() throws Exception {
		var admin = logIn();
		String name = "Wijkteam Dubbel " + TestData.unique();
		mvc.perform(post("/admin/organisations").session(admin)
			.with(csrf())
			.param("name", name)
			.param("type", "LOCAL_TEAM")).andExpect(redirectedUrl("/admin/organisations"));
		// Bean Validation cannot know the name is taken: only the domain's
		// InvalidInputException says so
		String html = mvc
			.perform(post("/admin/organisations").session(admin)
				.with(csrf())
				.param("name", name)
				.param("type", "LOCAL_TEAM"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var field = Jsoup.parse(html).getElementById("name");
		assertThat(field).isNotNull();
		assertThat(field.val()).isEqualTo(name);
		assertThat(field.attr("aria-describedby")).isEqualTo("name-error");
		assertThat(Jsoup.parse(html).getElementById("name-error").text())
			.isEqualTo("Er is al een organisatie met deze naam.");
		assertThat(
				jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void onAPageOfManyFormsEachProblemLandsNextToItsOwnField() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		String plan = "/households/" + household.value() + "/plan";
		// Bean Validation on the service's command, and a rule only the domain knows (who
		// is "Niemand"?)
		var page = Jsoup.parse(mvc.perform(post(plan + "/agreements").with(worker.session())
			.with(csrf())
			.param("description", "Oma haalt de kinderen op")
			.param("ownerRef", "Niemand Bekend")).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("agreement-description").text()).isEqualTo("Oma haalt de kinderen op");
		assertThat(page.getElementById("agreement-owner").attr("aria-describedby")).isEqualTo("agreement-owner-error");
		assertThat(page.getElementById("agreement-owner-error")).isNotNull();
		assertThat(page.getElementById("goal-text-error")).isNull();
		page = Jsoup.parse(mvc.perform(post(plan + "/goals").with(worker.session()).with(csrf()).param("text", ""))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.getElementById("goal-text").attr("aria-describedby")).isEqualTo("goal-text-error");
		assertThat(page.getElementById("agreement-owner-error")).isNull();
	}

	@Test
	void thePasswordRuleRefusesTheSamePasswordsOnEveryFormAndRequest() throws Exception {
		var admin = logIn();
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		String organisation = jdbc.sql("select organisation_id::text from professional where id = ?")
			.param(worker.id())
			.query(String.class)
			.single();
		var refusedBy = new ArrayList<String>();
		for (var password : PASSWORDS.entrySet()) {
			String username = "regel" + TestData.unique();
			boolean form = acceptedByNewProfessionalForm(admin, username, password.getKey(), organisation);
			boolean api = acceptedByApi("api" + username, password.getKey(), organisation);
			boolean reset = acceptedByReset(admin, worker.id().toString(), password.getKey());
			assertThat(List.of(form, api, reset)).as("password %s accepted by form, API, reset", password.getKey())
				.containsOnly(password.getValue());
			if (!password.getValue()) {
				refusedBy.add(password.getKey());
			}
		}
		assertThat(refusedBy).hasSize(5);
	}

	private boolean acceptedByNewProfessionalForm(MockHttpSession admin, String username, String password,
			String organisation) throws Exception {
		var response = mvc
			.perform(post("/admin/professionals").session(admin)
				.with(csrf())
				.param("username", username)
				.param("password", password)
				.param("name", "Nieuwe Collega")
				.param("organisationId", organisation)
				.param("roles", "PROFESSIONAL"))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 302) {
			return true;
		}
		assertThat(Jsoup.parse(response.getContentAsString()).select(".form-field--invalid #password")).hasSize(1);
		return false;
	}

	private boolean acceptedByApi(String username, String password, String organisation) throws Exception {
		var response = mvc
			.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"username": %s, "password": %s, "name": "Nieuwe Collega", "organisationId": "%s", "roles": ["PROFESSIONAL"]}
								"""
							.formatted(json(username), json(password), organisation)))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 201) {
			return true;
		}
		assertThat(response.getStatus()).isEqualTo(400);
		List<String> fields = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
		assertThat(fields).containsOnly("password");
		return false;
	}

	private boolean acceptedByReset(MockHttpSession admin, String id, String password) throws Exception {
		var response = mvc.perform(
				post("/admin/professionals/{id}/password", id).session(admin).with(csrf()).param("password", password))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 302) {
			return true;
		}
		assertThat(Jsoup.parse(response.getContentAsString()).getElementById("newPassword-error")).isNotNull();
		return false;
	}

	private static String json(String text) {
		return "\"" + text.replace("\n", "\\n") + "\"";
	}

	private MockHttpSession logIn() throws Exception {
		var login = mvc
			.perform(post("/login").with(csrf())
				.with(LoginIntegrationTests.from("192.0.2.31"))
				.param("username", "admin")
				.param("password", TestData.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

}

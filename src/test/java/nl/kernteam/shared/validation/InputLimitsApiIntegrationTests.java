package nl.kernteam.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every field has a limit, every name is readable, every date plausible, every enum a
 * name: else a 400, never stored.
 */
@IntegrationTest
class InputLimitsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	HouseholdId household;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
	}

	@Test
	void aNullMemberIsABadRequestNotAServerError() throws Exception {
		api("/api/v1/households", "{\"members\": [null]}").andExpect(status().isBadRequest());
		api("/api/v1/households",
				"{\"members\": [" + member("Sanne", "Jansen", "\"1988-03-14\"", "\"PARENT\"") + ", null]}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/notes", """
				{"kind": "HOME_VISIT", "occurredOn": "2026-01-05", "present": [null], "text": "Bezoek"}""")
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aHugeOnBehalfOfIsRefusedAndNeverStored() throws Exception {
		String agreement = agreement();
		String progress = "/api/v1/households/" + household.value() + "/plan/agreements/" + agreement + "/progress";
		api(progress, "{\"text\": \"Gedaan\", \"onBehalfOf\": \"" + "x".repeat(15_000) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("onBehalfOf"));
		int status = api(progress, "{\"text\": \"Gedaan\", \"onBehalfOf\": \"" + "x".repeat(30_000_000) + "\"}")
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(400, 413);
		api("/api/v1/households/" + household.value() + "/plan/agreements",
				"{\"description\": \"" + "y".repeat(200_000) + "\"}")
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select coalesce(max(length(on_behalf_of)), 0) from plan_progress")
			.query(Integer.class)
			.single()).isLessThanOrEqualTo(200);
	}

	@Test
	void namesOfControlCharactersNulOrLoneSurrogatesAreRefused() throws Exception {
		for (String name : new String[] { "\\u0000\\u0000", "\\u0001\\u0002\\u001f", "\\ud800", "Sanne\\u0000",
				"\\u200b", "\\u001c\\u001d" }) {
			api("/api/v1/households", "{\"members\": [" + member(name, "Jansen", "\"1988-03-14\"", "\"PARENT\"") + "]}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("members[0].givenName"));
		}
		api("/api/v1/households/" + household.value() + "/involvements",
				"{\"personName\": \"\\u0000\", \"relation\": \"oma\", \"role\": \"INFORMAL\"}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/notes",
				"{\"kind\": \"VISIT\", \"occurredOn\": \"2026-01-05\", \"text\": \"Bezoek\\u0000\"}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/plan/goals", "{\"text\": \"\\udc00 veilig\"}")
			.andExpect(status().isBadRequest());
		// ordinary names with accents, apostrophes and line breaks in long text stay fine
		api("/api/v1/households",
				"{\"members\": [" + member("Zoë", "d'Ancona-Çelik", "\"1988-03-14\"", "\"PARENT\"") + "]}")
			.andExpect(status().isCreated());
		api("/api/v1/households/" + household.value() + "/plan/goals", "{\"text\": \"Veilig thuis\\nook 's avonds\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void namesOfControlCharactersAreRefusedOnTheForm() throws Exception {
		String html = mvc
			.perform(post("/households").with(worker.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("members[0].givenName", "\u0001\u0002")
				.param("members[0].familyName", "Jansen")
				.param("members[0].birthDate", "1988-03-14")
				.param("members[0].role", "PARENT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).text()).contains("leesbare naam");
	}

	@Test
	void implausibleDatesAndNumbersAsDatesAreRefused() throws Exception {
		for (String date : new String[] { "\"0000-01-01\"", "\"10000-01-01\"", "\"+10000-01-01\"", "12345",
				"\"1899-12-31\"" }) {
			api("/api/v1/households", "{\"members\": [" + member("Sanne", "Jansen", date, "\"PARENT\"") + "]}")
				.andExpect(status().isBadRequest());
		}
		api("/api/v1/households/" + household.value() + "/plan/agreements",
				"{\"description\": \"Iets\", \"owner\": \"Sanne\", \"dueDate\": \"9999-12-31\"}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/plan/agreements",
				"{\"description\": \"Iets\", \"owner\": \"Sanne\", \"dueDate\": 20000}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/assessments", "{\"date\": 1, \"participants\": []}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void enumValuesGivenAsNumbersAreRefused() throws Exception {
		api("/api/v1/households", "{\"members\": [" + member("Sanne", "Jansen", "\"1988-03-14\"", "1") + "]}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/notes",
				"{\"kind\": 0, \"occurredOn\": \"2026-01-05\", \"text\": \"Bezoek\"}")
			.andExpect(status().isBadRequest());
		api("/api/v1/households/" + household.value() + "/involvements",
				"{\"personName\": \"Truus\", \"relation\": \"oma\", \"role\": 3}")
			.andExpect(status().isBadRequest());
	}

	private String agreement() throws Exception {
		var result = api("/api/v1/households/" + household.value() + "/plan/agreements",
				"{\"description\": \"Oma haalt de kinderen op\", \"owner\": \"Sanne\", \"dueDate\": \""
						+ LocalDate.now().plusDays(3) + "\"}")
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static String member(String givenName, String familyName, String birthDate, String role) {
		return "{\"givenName\": \"" + givenName + "\", \"familyName\": \"" + familyName + "\", \"birthDate\": "
				+ birthDate + ", \"role\": " + role + "}";
	}

	private ResultActions api(String path, String json) throws Exception {
		return mvc.perform(post(path).with(worker.basic()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}

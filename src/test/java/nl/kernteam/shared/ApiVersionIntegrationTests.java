package nl.kernteam.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NL API Design Rules, API-57: every answer of the API names its full version, the
 * refusals and errors too, and the OpenAPI description names the same one.
 */
@IntegrationTest
class ApiVersionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void everyAnswerOfTheApiNamesItsVersion() throws Exception {
		var professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		mvc.perform(get("/api/v1/deadlines").with(professional.basic()))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", "1.1.0"));
		mvc.perform(get("/api/v1/deadlines"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("API-Version", "1.1.0"));
		mvc.perform(get("/api/v1/households/" + UUID.randomUUID() + "/network").with(professional.basic()))
			.andExpect(status().is4xxClientError())
			.andExpect(header().string("API-Version", "1.1.0"));
		mvc.perform(post("/api/v1/households").with(professional.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("API-Version", "1.1.0"));
	}

	@Test
	void theDescriptionNamesTheSameVersion() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(header().string("API-Version", "1.1.0"))
			.andExpect(jsonPath("$.info.version").value("1.1.0"))
			.andExpect(jsonPath("$.info.title").value("Kernteam API"));
	}

	@Test
	void pagesDoNotCarryIt() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(header().doesNotExist("API-Version"));
	}

}

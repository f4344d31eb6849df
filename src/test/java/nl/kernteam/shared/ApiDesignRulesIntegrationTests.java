package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A linter for the OpenAPI description, in the build: the MUST items of the NL API Design
 * Rules (2.0) that a description shows, as the Logius Spectral ruleset checks them, each
 * a test naming its rule. Where Kernteam departs from a rule, docs/ARCHITECTURE.md says
 * why ("API design rules"), and the test checks the departure stays what was decided.
 */
@IntegrationTest
class ApiDesignRulesIntegrationTests {

	static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "parameters", "summary",
			"description");

	@Autowired
	MockMvc mvc;

	String description;

	@BeforeEach
	void fetch() throws Exception {
		description = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void openapiThree() {
		// /core/doc-openapi: the description is OpenAPI 3 (3.1: the 2.0 ruleset's 3.0
		// pattern is a departure)
		assertThat(JsonPath.<String>read(description, "$.openapi")).matches("3\\.[01]\\.\\d+");
	}

	@Test
	void infoHasAVersionAndAContact() {
		// /core/version-header, /core/doc-openapi-contact: semantic version, contact with
		// name, e-mail and url
		assertThat(JsonPath.<String>read(description, "$.info.version")).matches("\\d+\\.\\d+\\.\\d+");
		Map<String, Object> contact = JsonPath.read(description, "$.info.contact");
		assertThat(contact).containsKeys("name", "email", "url");
		assertThat(JsonPath.<String>read(description, "$.info.description")).isNotBlank();
	}

	@Test
	void everySuccessfulAnswerDeclaresTheApiVersionHeader() {
		// /core/version-header (missing-version-header)
		List<String> missing = new ArrayList<>();
		Map<String, Map<String, Object>> paths = JsonPath.read(description, "$.paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (operation instanceof Map<?, ?> op && op.get("responses") instanceof Map<?, ?> responses) {
				responses.forEach((status, response) -> {
					if (String.valueOf(status).matches("[23]\\d\\d") && !(response instanceof Map<?, ?> r
							&& r.get("headers") instanceof Map<?, ?> headers && headers.containsKey("API-Version"))) {
						missing.add(method + " " + path + " " + status);
					}
				});
			}
		}));
		assertThat(missing).isEmpty();
		assertThat(paths).isNotEmpty();
	}

	@Test
	void pathsCarryTheMajorVersionHaveNoTrailingSlashAndAreKebabCase() {
		// /core/uri-version, /core/no-trailing-slash, and lower-case kebab-case segments
		Pattern segment = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|\\{[a-zA-Z]+\\}|openapi\\.json");
		Map<String, Object> paths = JsonPath.read(description, "$.paths");
		assertThat(paths.keySet()).allSatisfy(path -> {
			assertThat(path).startsWith("/api/v1/").doesNotEndWith("/");
			for (String part : path.substring(1).split("/")) {
				assertThat(part).as(path).matches(segment);
			}
		});
	}

	@Test
	void onlyTheStandardMethods() {
		// /core/http-methods: GET, POST, PUT, PATCH, DELETE only
		Map<String, Map<String, Object>> paths = JsonPath.read(description, "$.paths");
		paths.forEach((path, operations) -> assertThat(METHODS).as(path).containsAll(operations.keySet()));
	}

}

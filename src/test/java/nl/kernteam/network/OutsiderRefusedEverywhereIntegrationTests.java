package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Asks the application for every endpoint it maps under a household, pages and API alike,
 * and proves that a professional outside the network is refused on each of them, with a
 * body that would otherwise be valid or none at all. New endpoints are covered without
 * touching this test.
 */
@IntegrationTest
class OutsiderRefusedEverywhereIntegrationTests {

	/**
	 * Reachable from outside the network on purpose; each has its own rule, tested
	 * elsewhere.
	 */
	static final Set<String> OUTSIDE_NETWORK = Set.of("GET /households/{id}/emergency-access",
			"POST /households/{id}/emergency-access", "POST /api/v1/households/{id}/emergency-access",
			"GET /households/{id}/access-log", "GET /api/v1/households/{id}/access-log",
			"PUT /api/v1/households/{id}/contact-person", "POST /api/v1/households/{id}/reopen",
			"POST /households/{id}/reopen", "POST /api/v1/households/{id}/case-reviews",
			"GET /api/v1/households/{id}/case-reviews", "GET /api/v1/households/{id}/case-reviews/{reviewId}",
			"GET /api/v1/households/{id}/case-reviews/{reviewId}/anonymised",
			"PUT /api/v1/households/{id}/case-reviews/{reviewId}/steps/{stepId}",
			"PUT /api/v1/households/{id}/case-reviews/{reviewId}/lessons", "POST /households/{id}/case-reviews",
			"GET /households/{id}/case-reviews/{reviewId}", "GET /households/{id}/case-reviews/{reviewId}/anonymised",
			"POST /households/{id}/case-reviews/{reviewId}/steps/{stepId}",
			"POST /households/{id}/case-reviews/{reviewId}/lessons");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern, boolean outsideNetwork) {

		String name() {
			return method.name() + " " + pattern.replaceFirst("\\{[^}]+}", "{id}");
		}
	}

	List<Endpoint> householdEndpoints() {
		var endpoints = new ArrayList<Endpoint>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.matches("^(/api/v1)?/households/\\{[^}]+}.*")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern,
							handler.hasMethodAnnotation(OutsideNetwork.class)));
				}
			}
		});
		return endpoints;
	}

	@Test
	void everyHouseholdEndpointRefusesAProfessionalOutsideTheNetwork() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		var endpoints = householdEndpoints();
		assertThat(endpoints).as("household endpoints found").hasSizeGreaterThan(20);

		Set<String> notRefused = new TreeSet<>();
		Set<String> markedOutside = new TreeSet<>();
		for (Endpoint endpoint : endpoints) {
			if (endpoint.outsideNetwork()) {
				markedOutside.add(endpoint.name());
				continue;
			}
			String url = endpoint.pattern()
				.replaceFirst("\\{[^}]+}", household.value().toString())
				.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			var request = request(endpoint.method(), url).contentType(MediaType.APPLICATION_JSON).content("{}");
			request = url.startsWith("/api/") ? request.with(outsider.basic())
					: request.with(outsider.session()).with(csrf());
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (status != 403) {
				notRefused.add(endpoint.name() + " -> " + status);
			}
		}
		assertThat(notRefused).as("endpoints that did not refuse an outsider").isEmpty();
		assertThat(markedOutside).as("endpoints open to outsiders").isEqualTo(OUTSIDE_NETWORK);
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :actor and outcome = 'DENIED'")
			.param("actor", outsider.id())
			.query(Long.class)
			.single()).as("every refusal is logged").isEqualTo(endpoints.size() - OUTSIDE_NETWORK.size());
	}

	@Test
	void endpointsOpenToOutsidersKeepTheirOwnRules() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		String base = "/api/v1/households/" + household.value();
		assertThat(status(request(HttpMethod.GET, base + "/access-log").with(outsider.basic()))).isEqualTo(403);
		assertThat(status(request(HttpMethod.PUT, base + "/contact-person").with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"overnemen\"}".formatted(outsider.id()))))
			.isEqualTo(403);
		assertThat(status(request(HttpMethod.POST, base + "/reopen").with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"heropenen\"}"))).isEqualTo(403);
		assertThat(status(request(HttpMethod.GET, "/households/" + household.value() + "/emergency-access")
			.with(outsider.session()))).isEqualTo(200);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}

package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.kernteam.notification.Notifications;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Asks the application for every endpoint it maps outside the household paths (those have
 * their own sweeps), and proves that each one that needs a role refuses every user
 * without it (403), pages and API alike, with a body that would otherwise be valid or
 * none at all, and that no endpoint answers an anonymous caller (the login page for
 * pages, 401 for the API). A new endpoint under a guarded path is covered without
 * touching this test; a new endpoint elsewhere makes it fail until it is placed in
 * {@link #OPEN_TO_EVERY_PROFESSIONAL} or under a rule.
 */
@IntegrationTest
class RoleRefusedEverywhereIntegrationTests {

	/** The family's own pages and API: only a family account reaches them. */
	static final Pattern FAMILY_ONLY = Pattern.compile("^(/api/v1)?/family(?!/activate$)(/.*)?$");

	/** Path rules, first match wins: the roles of which a caller needs one. */
	static final Map<Pattern, Set<Role>> RULES = new LinkedHashMap<>();

	static {
		RULES.put(Pattern.compile("^/team(/.*)?$"), EnumSet.of(Role.TEAM_LEAD));
		RULES.put(Pattern.compile("^/privacy(/.*)?$"), EnumSet.of(Role.PRIVACY_OFFICER));
		RULES.put(Pattern.compile("^/api/v1/emergency-accesses(/.*)?$"), EnumSet.of(Role.PRIVACY_OFFICER));
		RULES.put(Pattern.compile("^/api/v1/access-log/verification$"), EnumSet.of(Role.PRIVACY_OFFICER));
		RULES.put(Pattern.compile("^/api/v1/(destructions|destruction-requests)(/.*)?$"),
				EnumSet.of(Role.PRIVACY_OFFICER));
		// the administration's pages, the webhook pages (/admin/webhooks/**) among them
		RULES.put(Pattern.compile("^/admin(/.*)?$"), EnumSet.of(Role.FUNCTIONAL_ADMIN));
		RULES.put(Pattern.compile("^/api/v1/(organisations|professionals|webhooks)(/.*)?$"),
				EnumSet.of(Role.FUNCTIONAL_ADMIN));
		RULES.put(Pattern.compile("^(/api/v1)?/signals(/.*)?$"), EnumSet.of(Role.PROFESSIONAL));
		// the family's own pages: no professional role reaches them, whatever it is
		RULES.put(FAMILY_ONLY, EnumSet.noneOf(Role.class));
		RULES.put(Pattern.compile("^/api/v1/expertise-requests/overview$"), EnumSet.of(Role.TEAM_LEAD));
		RULES.put(Pattern.compile("^(/api/v1)?/expertise-requests(/.*)?$"), EnumSet.of(Role.PROFESSIONAL));
		RULES.put(Pattern.compile("^/api/v1/(reports|deadlines)(/.*)?$"), EnumSet.of(Role.PROFESSIONAL));
		RULES.put(Pattern.compile("^(/api/v1)?/learning/measures(\\.csv)?$"),
				EnumSet.of(Role.TEAM_LEAD, Role.POLICY_ADVISER));
		RULES.put(Pattern.compile("^(/api/v1)?/learning(/.*)?$"), EnumSet.of(Role.TEAM_LEAD));
	}

	/**
	 * Every logged-in professional may reach these (each still shows only what is
	 * theirs).
	 */
	static final Set<String> OPEN_TO_EVERY_PROFESSIONAL = Set.of("GET /", "GET /households", "GET /households/new",
			"POST /households", "GET /api/v1/households", "POST /api/v1/households", "GET /notifications",
			"POST /notifications/read", "POST /notifications/{id}/open", "POST /households/search",
			"POST /api/v1/households/search", "GET /households/closed");

	/**
	 * Every logged-in account, a family's too, may reach these (an integration's token,
	 * bought with the account's own password).
	 */
	static final Set<String> OPEN_TO_EVERY_ACCOUNT = Set.of("POST /api/v1/tokens");

	/** Reachable without logging in, on purpose. */
	static final Pattern PUBLIC = Pattern
		.compile("^(/login|/login/refused|/error|/api/v1/openapi\\.json.*|/family/activate|/api/v1/family/activate)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern) {

		String name() {
			return method.name() + " " + pattern.replaceAll("\\{[^}]+}", "{id}");
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		String url() {
			return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}
	}

	List<Endpoint> endpointsOutsideHouseholds() {
		return endpoints(false);
	}

	List<Endpoint> endpoints(boolean withHouseholds) {
		var endpoints = new ArrayList<Endpoint>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!withHouseholds && pattern.matches("^(/api/v1)?/households/\\{[^}]+}.*")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
				}
			}
		});
		return endpoints;
	}

	static Set<Role> required(Endpoint endpoint) {
		return RULES.entrySet()
			.stream()
			.filter(rule -> rule.getKey().matcher(endpoint.pattern()).matches())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	@Test
	void everyEndpointThatNeedsARoleRefusesEveryoneWithoutIt() throws Exception {
		var organisation = data.organisation(OrganisationType.LOCAL_TEAM);
		Map<Role, Pro> users = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			users.put(role, data.professional(organisation, role));
		}
		var endpoints = endpointsOutsideHouseholds();
		Set<String> notRefused = new TreeSet<>();
		Set<String> unclassified = new TreeSet<>();
		int guarded = 0;
		for (Endpoint endpoint : endpoints) {
			Set<Role> roles = required(endpoint);
			if (roles == null) {
				if (!PUBLIC.matcher(endpoint.pattern()).matches()
						&& !OPEN_TO_EVERY_PROFESSIONAL.contains(endpoint.name())
						&& !OPEN_TO_EVERY_ACCOUNT.contains(endpoint.name())) {
					unclassified.add(endpoint.name());
				}
				continue;
			}
			guarded++;
			for (var user : users.entrySet()) {
				if (roles.contains(user.getKey())) {
					continue;
				}
				int status = status(endpoint, user.getValue());
				if (status != 403) {
					notRefused.add(endpoint.name() + " as " + user.getKey() + " -> " + status);
				}
			}
		}
		assertThat(guarded).as("endpoints that need a role").isGreaterThan(25);
		assertThat(unclassified).as("endpoints outside the household paths without a rule").isEmpty();
		assertThat(notRefused).as("endpoints that did not refuse a user without the role").isEmpty();
	}

	@Test
	void noEndpointAnswersAnAnonymousCaller() throws Exception {
		Set<String> answered = new TreeSet<>();
		for (Endpoint endpoint : endpointsOutsideHouseholds()) {
			if (PUBLIC.matcher(endpoint.pattern()).matches()) {
				continue;
			}
			var request = request(endpoint.method(), endpoint.url());
			var response = mvc.perform(endpoint.api() ? request.contentType(MediaType.APPLICATION_JSON).content("{}")
					: request.with(csrf()))
				.andReturn()
				.getResponse();
			boolean refused = endpoint.api() ? response.getStatus() == 401
					: response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
			if (!refused) {
				answered.add(endpoint.name() + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
			}
		}
		assertThat(answered).as("endpoints that answered an anonymous caller").isEmpty();
	}

	/**
	 * A family account reaches its own pages and nothing else: every professional page
	 * and endpoint, of its own household too, answers 403 (the start page sends it to its
	 * own).
	 */
	@Test
	void aFamilyAccountIsRefusedEveryProfessionalPageAndEndpoint() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		UUID mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		var family = data.familyMember(contactPerson, household, mother);
		Set<String> notRefused = new TreeSet<>();
		int tried = 0;
		for (Endpoint endpoint : endpoints(true)) {
			if (PUBLIC.matcher(endpoint.pattern()).matches() || FAMILY_ONLY.matcher(endpoint.pattern()).matches()
					|| endpoint.name().equals("GET /") || OPEN_TO_EVERY_ACCOUNT.contains(endpoint.name())) {
				continue;
			}
			String url = endpoint.pattern()
				.replaceFirst("/households/\\{[^}]+}", "/households/" + household.value())
				.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			MockHttpServletRequestBuilder request = request(endpoint.method(), url);
			request = endpoint.api()
					? request.with(family.basic()).contentType(MediaType.APPLICATION_JSON).content("{}")
					: request.with(family.session()).with(csrf());
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			tried++;
			if (status != 403) {
				notRefused.add(endpoint.name() + " -> " + status);
			}
		}
		assertThat(tried).as("professional endpoints tried").isGreaterThan(100);
		assertThat(notRefused).as("professional endpoints that did not refuse a family account").isEmpty();
		assertThat(mvc.perform(request(HttpMethod.GET, "/").with(family.session()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/family");
	}

	@Test
	void nobodyOpensOrReadsSomeoneElsesNotification() throws Exception {
		Pro owner = data.professional(OrganisationType.LOCAL_TEAM);
		Pro other = data.professional(OrganisationType.LOCAL_TEAM);
		notifications.notify(owner.id(), "notification.unreadCount", List.of("1"), "/households");
		UUID id = jdbc.sql("select id from notification where professional_id = :p")
			.param("p", owner.id())
			.query(UUID.class)
			.single();
		var endpoints = endpointsOutsideHouseholds().stream()
			.filter(e -> e.pattern().startsWith("/notifications/{"))
			.toList();
		assertThat(endpoints).isNotEmpty();
		for (Endpoint endpoint : endpoints) {
			int status = mvc
				.perform(request(endpoint.method(), endpoint.pattern().replaceAll("\\{[^}]+}", id.toString()))
					.with(other.session())
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(endpoint.name()).isIn(403, 404);
		}
		assertThat(notifications.unread(owner.id())).as("still unread").isEqualTo(1);
	}

	private int status(Endpoint endpoint, Pro user) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.url());
		request = endpoint.api() ? request.with(user.basic()).contentType(MediaType.APPLICATION_JSON).content("{}")
				: request.with(user.session()).with(csrf());
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}

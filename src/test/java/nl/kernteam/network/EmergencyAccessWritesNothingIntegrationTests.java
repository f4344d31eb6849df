package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
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
 * Emergency access reads and never writes: asks the application for every endpoint it
 * maps under a household, pages and API alike, tries each one that is not a GET under a
 * running emergency access, with the ids of the household's real records and with a body
 * that the network would be allowed to send, and proves that each is refused with a 403
 * and that no table changed. New endpoints are covered without touching this test.
 */
@IntegrationTest
class EmergencyAccessWritesNothingIntegrationTests {

	/**
	 * Asking for emergency access again has its own rule: 409 while one runs (tested
	 * below).
	 */
	static final Set<String> OWN_RULE = Set.of("POST /households/{id}/emergency-access",
			"POST /api/v1/households/{id}/emergency-access");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern) {

		String name() {
			return method.name() + " " + pattern.replaceFirst("\\{[^}]+}", "{id}");
		}
	}

	List<Endpoint> householdWrites() {
		var endpoints = new ArrayList<Endpoint>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.matches("^(/api/v1)?/households/\\{[^}]+}.*")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
					if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS
							&& method != RequestMethod.TRACE) {
						endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
					}
				}
			}
		});
		return endpoints;
	}

	@Test
	void everyChangeToAHouseholdIsRefusedUnderEmergencyAccessAndWritesNothing() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		Pro expert = data.professional(OrganisationType.MENTAL_HEALTH);
		UUID involvement = data.involve(contactPerson, household, expert, "EXPERT");
		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Acute melding in de nacht\"}")).andExpect(status().isCreated());
		var endpoints = householdWrites();
		assertThat(endpoints).as("household endpoints that change something").hasSizeGreaterThan(15);

		List<UUID> ids = knownIds(household, involvement);
		String body = """
				{"reason": "Ik wil dit wijzigen", "text": "Noodnotitie", "kind": "OTHER", "occurredOn": "%s",
				 "professionalId": "%s", "role": "CORE_TEAM", "name": "Gezin Gewijzigd", "version": 0,
				 "date": "%s", "description": "Afspraak", "owner": "Sanne", "dueDate": "%s", "finding": "x"}
				""".formatted(LocalDate.now(), police.id(), LocalDate.now(), LocalDate.now().plusDays(7));
		var before = snapshot();
		Set<String> notRefused = new TreeSet<>();
		int tried = 0;
		for (Endpoint endpoint : endpoints) {
			if (OWN_RULE.contains(endpoint.name())) {
				continue;
			}
			for (String url : urls(endpoint.pattern(), household, ids)) {
				var request = url.startsWith("/api/")
						? request(endpoint.method(), url).with(police.basic())
							.contentType(MediaType.APPLICATION_JSON)
							.content(body)
						: request(endpoint.method(), url).with(police.session())
							.with(csrf())
							.param("reason", "Ik wil dit wijzigen")
							.param("text", "Noodnotitie")
							.param("kind", "OTHER")
							.param("occurredOn", LocalDate.now().toString())
							.param("professionalId", police.id().toString())
							.param("role", "CORE_TEAM")
							.param("name", "Gezin Gewijzigd")
							.param("version", "0");
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				tried++;
				// a malformed id is refused before anything is read (endpoints with a
				// rule
				// of their own, outside the network guard, reach the id's conversion
				// first)
				boolean malformedId = url.matches(".*/1(/.*)?$");
				if (status != 403 && !(status == 400 && malformedId)) {
					notRefused.add(endpoint.name() + " " + url + " -> " + status);
				}
			}
		}
		assertThat(notRefused).as("changes not refused under emergency access").isEmpty();
		assertThat(snapshot()).as("tables after %d refused requests", tried).isEqualTo(before);
	}

	@Test
	void askingAgainWhileEmergencyAccessRunsIsAConflict() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		Pro police = data.professional(OrganisationType.POLICE);
		for (int status : new int[] { 201, 409 }) {
			mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Acute melding\"}")).andExpect(status().is(status));
		}
		assertThat(jdbc.sql("select count(*) from emergency_access where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The URL with the household's id first, and then, for each further variable, a real
	 * id of the household's records.
	 */
	private List<String> urls(String pattern, HouseholdId household, List<UUID> ids) {
		String url = pattern.replaceFirst("\\{[^}]+}", household.value().toString());
		if (!url.contains("{")) {
			return List.of(url);
		}
		var urls = new ArrayList<String>();
		for (UUID id : ids) {
			urls.add(url.replaceAll("\\{[^}]+}", id.toString()));
		}
		// numbered things, such as plan versions
		urls.add(url.replaceAll("\\{[^}]+}", "1"));
		return urls;
	}

	/**
	 * Ids of records that belong to the household, from every table that has a
	 * household_id.
	 */
	private List<UUID> knownIds(HouseholdId household, UUID involvement) {
		var ids = new ArrayList<UUID>();
		ids.add(involvement);
		for (String table : jdbc.sql("""
				select c.table_name from information_schema.columns c
				  join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema
				 where c.table_schema = 'public' and c.column_name = 'household_id' and i.column_name = 'id'
				   and i.data_type = 'uuid' and c.table_name not like 'access_log%'
				 order by 1
				""").query(String.class).list()) {
			ids.addAll(jdbc.sql("select id from " + table + " where household_id = :h limit 3")
				.param("h", household.value())
				.query(UUID.class)
				.list());
		}
		return ids.stream().distinct().toList();
	}

	/**
	 * A fingerprint of every table's content, except the access log and whatever the
	 * audit module keeps with it (refusals are logged there) and Flyway's history.
	 */
	private Map<String, String> snapshot() {
		var fingerprints = new LinkedHashMap<String, String>();
		for (String table : jdbc.sql("""
				select table_name from information_schema.tables
				 where table_schema = 'public' and table_type = 'BASE TABLE'
				   and table_name not like 'access\\_log%' and table_name not like 'audit%'
				   and table_name <> 'flyway_schema_history'
				   -- written by scheduled jobs on their own clock, never with a request's data: the
				   -- jobs' locks, and the webhook sender's attempts at deliveries of earlier tests
				   and table_name not in ('shedlock', 'webhook_delivery')
				 order by 1
				""").query(String.class).list()) {
			fingerprints.put(table, jdbc
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')" + " from "
						+ table + " t")
				.query(String.class)
				.single());
		}
		return fingerprints;
	}

}

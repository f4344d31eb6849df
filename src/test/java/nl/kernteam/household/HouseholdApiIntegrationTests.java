package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HouseholdApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
	}

	static String family(String bsn) {
		return """
				{"members": [
				  {"givenName": "Sanne", "familyName": "Visser", "birthDate": "1988-03-14", "role": "PARENT", "bsn": "%s"},
				  {"givenName": "Daan", "familyName": "Visser", "birthDate": "2014-06-02", "role": "CHILD"},
				  {"givenName": "Evi", "familyName": "Visser", "birthDate": "2017-11-23", "role": "CHILD"}
				]}
				"""
			.formatted(bsn);
	}

	String register(Pro pro) throws Exception {
		var result = mvc
			.perform(post("/api/v1/households").with(pro.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(family("111222333")))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void registersHouseholdWithTwoChildrenAndAParent() throws Exception {
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(family("111222333")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value("Gezin Visser"))
			.andExpect(jsonPath("$.members", hasSize(3)))
			.andExpect(jsonPath("$.members[0].givenName").value("Sanne"))
			.andExpect(jsonPath("$.members[0].role").value("PARENT"))
			.andExpect(jsonPath("$.members[0].birthDate").value("1988-03-14"))
			.andExpect(jsonPath("$.members[0].bsnMasked").value("••••••333"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void refusesBsnThatFailsTheElevenTest() throws Exception {
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(family("123456789")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value("members[0].bsn"))
			.andExpect(jsonPath("$.errors[0].message").isString());
	}

	@Test
	void refusesMemberWithoutNameAndBirthDateInTheFuture() throws Exception {
		String future = LocalDate.now().plusDays(2).toString();
		mvc.perform(post("/api/v1/households").with(worker.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"members": [{"givenName": "", "familyName": "Visser", "birthDate": "%s", "role": "CHILD"}]}
				""".formatted(future)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("members[0].givenName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("members[0].birthDate")));
	}

	@Test
	void refusesHouseholdWithoutMembersAndUnreadableJson() throws Exception {
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"members\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members"));
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"members\": [{\"role\": \"ALIEN\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/households").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
	}

	@Test
	void sameIdTwiceRegistersOneHousehold() throws Exception {
		UUID id = UUID.randomUUID();
		String body = "{\"id\": \"" + id + "\", \"members\": [{\"givenName\": \"Jan\", \"familyName\": \"Kok\", "
				+ "\"birthDate\": \"1980-01-01\", \"role\": \"PARENT\"}]}";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/households").with(worker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id.toString()));
		}
		assertThat(jdbc.sql("select count(*) from member where household_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void professionalOfAnotherOrganisationIsRefused() throws Exception {
		String id = register(worker);
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		mvc.perform(get("/api/v1/households/{id}", id).with(outsider.basic()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/households/{id}", id).with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"Overgenomen\", \"version\": 0, \"members\": [{\"givenName\": \"X\", \"familyName\": \"Y\", \"birthDate\": \"2000-01-01\", \"role\": \"PARENT\"}]}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households").with(outsider.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		// a colleague in the same local team is not involved either
		Pro colleague = data.professional(new nl.kernteam.identity.OrganisationSummary(
				worker.summary().organisationId(), null, null, null, null));
		mvc.perform(get("/api/v1/households/{id}", id).with(colleague.basic())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name from household where id = :id::uuid")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Gezin Visser");
	}

	@Test
	void unknownHouseholdIsNotFoundAndBadIdIsBadRequest() throws Exception {
		mvc.perform(get("/api/v1/households/{id}", UUID.randomUUID()).with(worker.basic()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households/not-a-uuid").with(worker.basic())).andExpect(status().isBadRequest());
	}

	@Test
	void listShowsOnlyVisibleHouseholdsAndSearches() throws Exception {
		String id = register(worker);
		mvc.perform(get("/api/v1/households").param("query", "Daan Vis").with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].contactPersonName").value(worker.summary().name()));
		mvc.perform(get("/api/v1/households").param("query", "111 222 333").with(worker.basic()))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/households").param("query", "nobody-like-this").with(worker.basic()))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/households").param("size", "1000").with(worker.basic()))
			.andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void staleVersionIsAConflictAndLosesNothing() throws Exception {
		String id = register(worker);
		String memberId = JsonPath.read(mvc.perform(get("/api/v1/households/{id}", id).with(worker.basic()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.members[0].id");
		String update = """
				{"name": "%s", "version": 0, "members": [
				  {"id": "%s", "givenName": "Sanne", "familyName": "Visser", "birthDate": "1988-03-14", "role": "PARENT"}]}
				""";
		mvc.perform(put("/api/v1/households/{id}", id).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted("Gezin Visser-Bakker", memberId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.members", hasSize(3)));
		mvc.perform(put("/api/v1/households/{id}", id).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.formatted("Gezin Oud", memberId)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(get("/api/v1/households/{id}", id).with(worker.basic()))
			.andExpect(jsonPath("$.name").value("Gezin Visser-Bakker"));
	}

	@Test
	void everyReadAndWriteLeavesAnAccessLogRow() throws Exception {
		String id = register(worker);
		long afterCreate = logRows(id);
		// the create, and the read of the created household in the response
		assertThat(afterCreate).isEqualTo(2);
		mvc.perform(get("/api/v1/households/{id}", id).with(worker.basic())).andExpect(status().isOk());
		assertThat(logRows(id)).isEqualTo(afterCreate + 1);
		Pro outsider = data.professional(OrganisationType.POLICE);
		mvc.perform(get("/api/v1/households/{id}", id).with(outsider.basic())).andExpect(status().isForbidden());
		assertThat(jdbc
			.sql("""
					select count(*) from access_log where household_id = :id::uuid and actor_id = :actor and outcome = 'DENIED'
					""")
			.param("id", id)
			.param("actor", outsider.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyRowOfTheAccessLogNamesTheRuleThatAllowedIt() throws Exception {
		String id = register(worker);
		mvc.perform(get("/api/v1/households/{id}", id).with(worker.basic())).andExpect(status().isOk());
		var rules = jdbc
			.sql("select action || ' ' || coalesce(basis, '-') from access_log where household_id = :id::uuid")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(rules).contains("CREATE REGISTRATION", "READ CONTACT_PERSON").noneMatch(rule -> rule.endsWith(" -"));
	}

	@Test
	void privacyOfficerReadsTheAccessLogAndOthersMayNot() throws Exception {
		String id = register(worker);
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		jdbc.sql("""
				insert into access_log (at, actor_name, household_id, action, resource, outcome)
				values (now() - interval '1 minute', 'Oude lezer', :id::uuid, 'READ', 'household', 'GRANTED')
				""").param("id", id).update(); // a row from before the log named the rule
		mvc.perform(get("/api/v1/households/{id}/access-log", id).with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].actorName").value(officer.summary().name()))
			.andExpect(jsonPath("$.items[0].basis").value("PRIVACY_OFFICER"))
			.andExpect(jsonPath("$.items[?(@.actorName == 'Oude lezer')]", hasSize(1)))
			// no rule: left out, as every null
			.andExpect(jsonPath("$.items[?(@.actorName == 'Oude lezer')].basis", empty()))
			.andExpect(jsonPath("$.items[0].action").value("READ"))
			.andExpect(jsonPath("$.items[0].resource").value("access-log"))
			.andExpect(jsonPath("$.items[0].emergency").value(false))
			.andExpect(jsonPath("$.items[*].actorName", hasItem(worker.summary().name())))
			.andExpect(jsonPath("$.items[*].organisationName", hasItem(worker.summary().organisationName())))
			.andExpect(jsonPath("$.items[0].at").isString());
		mvc.perform(get("/api/v1/households/{id}/access-log", id).with(worker.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/{id}/access-log", UUID.randomUUID()).with(officer.basic()))
			.andExpect(status().isNotFound());
	}

	@Test
	void privacyOfficerPagesThroughTheAccessLogByCursor() throws Exception {
		String id = register(worker);
		mvc.perform(get("/api/v1/households/{id}", id).with(worker.basic())).andExpect(status().isOk());
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		// the log now holds the create, two reads and this read of the log: 4 rows,
		// newest first
		String first = mvc
			.perform(get("/api/v1/households/{id}/access-log", id).param("size", "3").with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.totalCapped").value(false))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[0].resource").value("access-log"))
			.andExpect(jsonPath("$.newer").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String older = JsonPath.read(first, "$.older");
		mvc.perform(get("/api/v1/households/{id}/access-log", id).param("size", "3")
			.param("before", older)
			.with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].action").value("CREATE"))
			.andExpect(jsonPath("$.page").doesNotExist())
			.andExpect(jsonPath("$.older").doesNotExist())
			.andExpect(jsonPath("$.newer").isString());
		mvc.perform(get("/api/v1/households/{id}/access-log", id).param("before", "not-a-cursor").with(officer.basic()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("before"));
	}

	@Test
	void apiNeedsAuthentication() throws Exception {
		mvc.perform(get("/api/v1/households"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	long logRows(String householdId) {
		return jdbc.sql("select count(*) from access_log where household_id = :id::uuid")
			.param("id", householdId)
			.query(Long.class)
			.single();
	}

}

package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.signal.TestFamilies;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class FamilySystemApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro mothersWorker;

	Pro fathersWorker;

	@BeforeEach
	void setUp() {
		mothersWorker = data.professional(OrganisationType.LOCAL_TEAM);
		fathersWorker = data.professional(OrganisationType.LOCAL_TEAM);
	}

	@Test
	void recordsRelationsWithParentalAuthorityAndContactDetails() throws Exception {
		String family = "Relatie" + TestData.unique();
		String household = register(mothersWorker,
				"""
						{"members": [
						  {"givenName": "Mira", "familyName": "%1$s", "birthDate": "1986-02-01", "role": "PARENT",
						   "phone": "+31 6 1234 5678", "email": "mira@voorbeeld.nl"},
						  {"givenName": "Rob", "familyName": "%1$s", "birthDate": "1984-07-07", "role": "CARER", "livesHere": false},
						  {"givenName": "Noor", "familyName": "%1$s", "birthDate": "2015-05-05", "role": "CHILD", "residence": "PART_TIME"}
						]}"""
					.formatted(family));
		var members = JsonPath.<List<String>>read(
				body(get("/api/v1/households/" + household).with(mothersWorker.basic())), "$.members[*].id");

		mvc.perform(get("/api/v1/households/" + household).with(mothersWorker.basic()))
			.andExpect(jsonPath("$.members[0].phone").value("+31 6 1234 5678"))
			.andExpect(jsonPath("$.members[0].livesHere").value(true))
			.andExpect(jsonPath("$.members[1].livesHere").value(false))
			.andExpect(jsonPath("$.members[1].residence").value("ELSEWHERE"))
			.andExpect(jsonPath("$.members[2].residence").value("PART_TIME"));

		relation(mothersWorker, household, members.get(0), members.get(2), "PARENT_OF", true)
			.andExpect(status().isCreated());
		relation(mothersWorker, household, members.get(1), members.get(2), "STEP_PARENT_OF", false)
			.andExpect(status().isCreated());
		relation(mothersWorker, household, members.get(1), members.get(0), "PARTNER_OF", false)
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/" + household + "/relations").with(mothersWorker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(3)))
			.andExpect(jsonPath("$.items[?(@.kind == 'PARENT_OF')].parentalAuthority").value(hasItem(true)))
			.andExpect(jsonPath("$.items[?(@.kind == 'STEP_PARENT_OF')].parentalAuthority").value(hasItem(false)));
	}

	@Test
	void refusesAuthorityForASiblingAndAParentYoungerThanTheChild() throws Exception {
		String household = register(mothersWorker, TestData.familyJson("Onmogelijk" + TestData.unique()));
		var members = JsonPath.<List<String>>read(
				body(get("/api/v1/households/" + household).with(mothersWorker.basic())), "$.members[*].id");
		// members: parent (1988), child (2014), child (2017)
		relation(mothersWorker, household, members.get(1), members.get(2), "SIBLING_OF", true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("parentalAuthority")));
		relation(mothersWorker, household, members.get(2), members.get(0), "PARENT_OF", false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("fromMemberId")));
		relation(mothersWorker, household, members.get(0), members.get(0), "PARENT_OF", false)
			.andExpect(status().isBadRequest());
		relation(mothersWorker, household, UUID.randomUUID().toString(), members.get(1), "PARENT_OF", false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("fromMemberId")));
		assertThat(jdbc.sql("select count(*) from member_relation where household_id = ?")
			.param(UUID.fromString(household))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChildInTwoHouseholdsConnectsThemAndAnOutsiderSeesOnlyThatTheOtherExists() throws Exception {
		String child = TestFamilies.bsn();
		String family = "Apart" + TestData.unique();
		String mothers = register(mothersWorker, twoHomes(family, "Mira", "1986-02-01", child));
		String fathers = register(fathersWorker, twoHomes(family, "Rob", "1984-07-07", child));

		mvc.perform(get("/api/v1/households/" + mothers + "/family-system").with(mothersWorker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.households", hasSize(2)))
			.andExpect(jsonPath("$.households[0].id").value(mothers))
			.andExpect(jsonPath("$.households[0].visible").value(true))
			.andExpect(jsonPath("$.households[1].id").value(fathers))
			.andExpect(jsonPath("$.households[1].visible").value(false))
			.andExpect(jsonPath("$.households[1].name").value("Huishouden"))
			.andExpect(jsonPath("$.households[1].members").doesNotExist())
			.andExpect(jsonPath("$.households[1].contactPerson.name").value(fathersWorker.summary().name()))
			.andExpect(jsonPath("$.links[0].kind").value("SHARED_MEMBER"));
		// the outsider's listing of the father's household is in that household's log;
		// reading it is not
		assertThat(logged(fathers, mothersWorker, "SEARCH")).isEqualTo(1);
		assertThat(logged(fathers, mothersWorker, "READ")).isZero();

		data.involve(fathersWorker, nl.kernteam.household.HouseholdId.of(UUID.fromString(fathers)), mothersWorker,
				"CORE_TEAM");
		mvc.perform(get("/api/v1/households/" + mothers + "/family-system").with(mothersWorker.basic()))
			.andExpect(jsonPath("$.households[1].visible").value(true))
			.andExpect(jsonPath("$.households[1].name").value("Gezin " + family))
			.andExpect(jsonPath("$.households[1].members[*].givenName").value(hasItem("Rob")));
		assertThat(logged(fathers, mothersWorker, "READ")).isEqualTo(1);
	}

	@Test
	void linksAGrandmothersHouseholdOnlyForWhoSeesBoth() throws Exception {
		String parents = register(mothersWorker, TestData.familyJson("Kleinkind" + TestData.unique()));
		String grandmother = register(fathersWorker,
				"""
						{"members": [{"givenName": "Oma", "familyName": "Jansen%d", "birthDate": "1950-01-01", "role": "PARENT"}]}
						"""
					.formatted(TestData.unique()));
		link(mothersWorker, parents, grandmother).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from household_link where household_id = ?")
			.param(UUID.fromString(parents))
			.query(Long.class)
			.single()).isZero();

		data.involve(fathersWorker, HouseholdId.of(UUID.fromString(grandmother)), mothersWorker, "PARTNER");
		link(mothersWorker, parents, grandmother).andExpect(status().isCreated());
		// linked already: nothing new
		link(mothersWorker, parents, grandmother).andExpect(status().isCreated());
		link(mothersWorker, parents, parents).andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/households/" + grandmother + "/family-system").with(fathersWorker.basic()))
			.andExpect(jsonPath("$.households", hasSize(2)))
			.andExpect(jsonPath("$.households[1].visible").value(false))
			.andExpect(jsonPath("$.links[0].kind").value("GRANDPARENTS"));
		assertThat(jdbc.sql("select count(*) from household_link where household_id = ?")
			.param(UUID.fromString(parents))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void lifeDomainScoresOutsideOneToFiveAreRefusedAndChecksArePagedNewestFirst() throws Exception {
		String household = register(mothersWorker, TestData.familyJson("Domein" + TestData.unique()));
		String parent = JsonPath.read(body(get("/api/v1/households/" + household).with(mothersWorker.basic())),
				"$.members[0].id");
		for (String bad : List.of("0", "6", "-1", "\"drie\"", "null")) {
			lifeDomains(mothersWorker, household, """
					{"memberId": "%s", "date": "2026-11-01", "scores": [{"domain": "FINANCES", "score": %s}]}
					""".formatted(parent, bad)).andExpect(status().isBadRequest());
		}
		lifeDomains(mothersWorker, household, """
				{"memberId": "%s", "date": "2026-11-01", "scores": [{"domain": "CHILD_DEVELOPMENT", "score": 3}]}
				""".formatted(parent)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[0].domain"));
		lifeDomains(mothersWorker, household,
				"""
						{"memberId": "%s", "date": "2026-10-01", "scores": [{"domain": "FINANCES", "score": 1, "words": "Schulden bij de energie"},
						 {"domain": "HOUSING", "score": 4, "strength": "SELF"}]}
						"""
					.formatted(parent))
			.andExpect(status().isCreated());
		lifeDomains(mothersWorker, household,
				"""
						{"memberId": "%s", "date": "2026-11-15", "scores": [{"domain": "FINANCES", "score": 2, "strength": "PROFESSIONALS"}]}
						"""
					.formatted(parent))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/" + household + "/life-domains").with(mothersWorker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].date").value("2026-11-15"))
			.andExpect(jsonPath("$.items[1].scores", hasSize(2)))
			.andExpect(jsonPath("$.items[1].scores[0].words").value("Schulden bij de energie"));
		mvc.perform(get("/api/v1/households/" + household + "/life-domains?page=5").with(mothersWorker.basic()))
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/households/" + household + "/life-domains").with(fathersWorker.basic()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOutsiderCannotReadOrWriteRelationsOrLifeDomains() throws Exception {
		String household = register(mothersWorker, TestData.familyJson("Buiten" + TestData.unique()));
		var members = JsonPath.<List<String>>read(
				body(get("/api/v1/households/" + household).with(mothersWorker.basic())), "$.members[*].id");
		relation(fathersWorker, household, members.get(0), members.get(1), "PARENT_OF", true)
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/" + household + "/relations").with(fathersWorker.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/" + household + "/family-system").with(fathersWorker.basic()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from member_relation where household_id = ?")
			.param(UUID.fromString(household))
			.query(Long.class)
			.single()).isZero();
	}

	private static String twoHomes(String family, String parent, String born, String childBsn) {
		return """
				{"name": "Gezin %1$s", "members": [
				  {"givenName": "%2$s", "familyName": "%1$s", "birthDate": "%3$s", "role": "PARENT"},
				  {"givenName": "Noor", "familyName": "%1$s", "birthDate": "2015-05-05", "role": "CHILD", "bsn": "%4$s",
				   "residence": "PART_TIME"}
				]}""".formatted(family, parent, born, childBsn);
	}

	private long logged(String household, Pro actor, String action) {
		return jdbc
			.sql("""
					select count(*) from access_log where household_id = ? and actor_id = ? and action = ? and resource = 'family-system'
					""")
			.params(UUID.fromString(household), actor.id(), action)
			.query(Long.class)
			.single();
	}

	private String register(Pro pro, String json) throws Exception {
		return JsonPath.read(mvc
			.perform(post("/api/v1/households").with(pro.basic()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private ResultActions relation(Pro pro, String household, String from, String to, String kind, boolean authority)
			throws Exception {
		return mvc.perform(post("/api/v1/households/" + household + "/relations").with(pro.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fromMemberId": "%s", "toMemberId": "%s", "kind": "%s", "parentalAuthority": %s}
					""".formatted(from, to, kind, authority)));
	}

	private ResultActions link(Pro pro, String household, String other) throws Exception {
		return mvc.perform(post("/api/v1/households/" + household + "/links").with(pro.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"otherHouseholdId": "%s", "kind": "GRANDPARENTS", "reason": "Oma zorgt de helft van de week voor de kinderen"}
							"""
						.formatted(other)));
	}

	private ResultActions lifeDomains(Pro pro, String household, String json) throws Exception {
		return mvc.perform(post("/api/v1/households/" + household + "/life-domains").with(pro.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aLinkedHouseholdSeenOnlyThroughEmergencyAccessIsLoggedAsEmergency() throws Exception {
		String parents = register(mothersWorker, TestData.familyJson("Nood" + TestData.unique()));
		String grandmother = register(mothersWorker, TestData.familyJson("NoodOma" + TestData.unique()));
		link(mothersWorker, parents, grandmother).andExpect(status().isCreated());
		data.involve(mothersWorker, HouseholdId.of(UUID.fromString(parents)), fathersWorker, "CORE_TEAM");
		mvc.perform(post("/api/v1/households/" + grandmother + "/emergency-access").with(fathersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding in de nacht\"}")).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/households/" + parents + "/family-system").with(fathersWorker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.households[1].visible").value(true));
		assertThat(jdbc.sql("""
				select bool_and(emergency) from access_log
				 where household_id = ? and actor_id = ? and resource = 'family-system'""")
			.params(UUID.fromString(grandmother), fathersWorker.id())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void everyRelationRuleRefusesWhatCannotBeTrue() throws Exception {
		String household = register(mothersWorker, TestData.familyJson("Regels" + TestData.unique()));
		String other = register(mothersWorker, TestData.familyJson("Anders" + TestData.unique()));
		var members = JsonPath.<List<String>>read(
				body(get("/api/v1/households/" + household).with(mothersWorker.basic())), "$.members[*].id");
		var strangers = JsonPath.<List<String>>read(
				body(get("/api/v1/households/" + other).with(mothersWorker.basic())), "$.members[*].id");
		var agency = data.organisation(OrganisationType.YOUTH_PROTECTION_AGENCY);
		var school = data.organisation(OrganisationType.SCHOOL);
		// a member of another household, even one the professional sees
		relation(mothersWorker, household, strangers.get(0), members.get(1), "PARENT_OF", false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("fromMemberId")));
		// a date of authority without authority
		mvc.perform(post("/api/v1/households/" + household + "/relations").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fromMemberId": "%s", "toMemberId": "%s", "kind": "PARENT_OF", "authoritySince": "2020-01-01"}
					""".formatted(members.get(0), members.get(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("authoritySince")));
		// only a certified agency, only as guardian, never together with a member
		for (String body : List.of(
				"{\"guardianOrganisationId\": \"%s\", \"toMemberId\": \"%s\", \"kind\": \"GUARDIAN_OF\"}"
					.formatted(school.id(), members.get(1)),
				"{\"guardianOrganisationId\": \"%s\", \"toMemberId\": \"%s\", \"kind\": \"PARENT_OF\"}"
					.formatted(agency.id(), members.get(1)),
				"{\"guardianOrganisationId\": \"%s\", \"fromMemberId\": \"%s\", \"toMemberId\": \"%s\", \"kind\": \"GUARDIAN_OF\"}"
					.formatted(agency.id(), members.get(0), members.get(1)))) {
			mvc.perform(post("/api/v1/households/" + household + "/relations").with(mothersWorker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("guardianOrganisationId")));
		}
		assertThat(jdbc.sql("select count(*) from member_relation where household_id = ?")
			.param(UUID.fromString(household))
			.query(Long.class)
			.single()).isZero();
		// the agency as guardian with authority is fine, and the same relation again
		// answers the same id
		String guardian = "{\"guardianOrganisationId\": \"%s\", \"toMemberId\": \"%s\", \"kind\": \"GUARDIAN_OF\", \"parentalAuthority\": true}"
			.formatted(agency.id(), members.get(1));
		String first = JsonPath.read(
				mvc.perform(post("/api/v1/households/" + household + "/relations").with(mothersWorker.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content(guardian)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		mvc.perform(post("/api/v1/households/" + household + "/relations").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(guardian)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(first));
		// its id cannot be used for another household's relation, and another household
		// cannot end it
		mvc.perform(post("/api/v1/households/" + other + "/relations").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id": "%s", "fromMemberId": "%s", "toMemberId": "%s", "kind": "PARENT_OF"}
					""".formatted(first, strangers.get(0), strangers.get(1)))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/households/" + other + "/relations/" + first + "/end").with(mothersWorker.basic()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLifeDomainTwiceAThemeOnAStrangerAndAnAnsweredLinkId() throws Exception {
		String household = register(mothersWorker, TestData.familyJson("Tweemaal" + TestData.unique()));
		String other = register(mothersWorker, TestData.familyJson("Vreemd" + TestData.unique()));
		String parent = JsonPath.read(body(get("/api/v1/households/" + household).with(mothersWorker.basic())),
				"$.members[0].id");
		String stranger = JsonPath.read(body(get("/api/v1/households/" + other).with(mothersWorker.basic())),
				"$.members[0].id");
		lifeDomains(mothersWorker, household,
				"""
						{"memberId": "%s", "date": "2026-11-01", "scores": [{"domain": "HOUSING", "score": 2}, {"domain": "HOUSING", "score": 4}]}
						"""
					.formatted(parent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[1].domain"));
		lifeDomains(mothersWorker, household, """
				{"memberId": "%s", "date": "2026-11-01", "scores": [{"domain": "HOUSING", "score": 2}]}
				""".formatted(stranger)).andExpect(status().isBadRequest());
		// a theme on another household's member through this household's id
		mvc.perform(post("/api/v1/households/" + household + "/themes").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\": \"%s\", \"theme\": \"ADDICTION\"}".formatted(stranger)))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from member_theme where member_id = ?")
			.param(UUID.fromString(stranger))
			.query(Long.class)
			.single()).isZero();
		// a theme marked can be taken off again; taking it off twice is a 404
		String theme = "{\"memberId\": \"%s\", \"theme\": \"VIOLENCE\"}".formatted(parent);
		mvc.perform(post("/api/v1/households/" + household + "/themes").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(theme)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/" + household + "/themes/end").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(theme)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/households/" + household + "/themes/end").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(theme)).andExpect(status().isNotFound());
		// linking again answers the link that stands
		String linkId = JsonPath.read(link(mothersWorker, household, other).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		link(mothersWorker, other, household).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(linkId));
	}

	@Test
	void aMembersPhoneAndEmailAreChecked() throws Exception {
		mvc.perform(post("/api/v1/households").with(mothersWorker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"members": [{"givenName": "Mira", "familyName": "Bel", "birthDate": "1986-02-01", "role": "PARENT",
					  "phone": "bel me maar", "email": "geen-adres"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("members[0].phone")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("members[0].email")));
	}

}

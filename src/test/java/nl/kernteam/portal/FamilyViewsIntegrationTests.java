package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The family's own view on an assessment, a key decision and a plan version: written by
 * the member as themselves, appended, and shown to the professionals with the member as
 * its author.
 */
@IntegrationTest
class FamilyViewsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	Fam mother;

	@BeforeEach
	void aFamilyWithAnAccount() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		mother = data.familyMember(contactPerson, household, parentOf(household));
	}

	UUID parentOf(HouseholdId household) {
		return jdbc.sql("select id from member where household_id = :h and role = 'PARENT' order by position limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
	}

	String assessment(Pro pro, HouseholdId household) throws Exception {
		var result = mvc
			.perform(post("/api/v1/households/" + household.value() + "/assessments").with(pro.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"%s\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"
					.formatted(LocalDate.now().minusDays(1))))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions view(Fam member, String kind, String id, String position, String words) throws Exception {
		return mvc.perform(post("/api/v1/family/views").with(member.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"about\": {\"kind\": \"%s\", \"id\": \"%s\"}, \"position\": \"%s\", \"words\": \"%s\"}"
				.formatted(kind, id, position, words)));
	}

	@Test
	void theMothersViewShowsOnTheProfessionalsAssessmentWithHerAsAuthor() throws Exception {
		String assessment = assessment(contactPerson, household);
		view(mother, "ASSESSMENT", assessment, "DISAGREES", "Zo gaat het niet bij ons thuis.")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString());
		String url = "/api/v1/households/" + household.value() + "/assessments/" + assessment;
		mvc.perform(get(url).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.familyViews", hasSize(1)))
			.andExpect(jsonPath("$.familyViews[0].author").value(mother.member().name()))
			.andExpect(jsonPath("$.familyViews[0].position").value("DISAGREES"))
			.andExpect(jsonPath("$.familyViews[0].words").value("Zo gaat het niet bij ons thuis."))
			.andExpect(jsonPath("$.familyViews[0].at").isString());
		mvc.perform(
				get("/households/" + household.value() + "/assessments/" + assessment).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"family-views\"")))
			.andExpect(content().string(containsString("Zo gaat het niet bij ons thuis.")))
			.andExpect(content().string(containsString(mother.member().name())));
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :account
				   and action = 'CREATE' and resource like 'family-view:ASSESSMENT:%' and basis = 'FAMILY_MEMBER'
				""")
			.param("h", household.value())
			.param("account", mother.member().accountId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSecondViewIsAddedAndTheFirstStaysNewestFirst() throws Exception {
		String assessment = assessment(contactPerson, household);
		view(mother, "ASSESSMENT", assessment, "DISAGREES", "Eerst niet.").andExpect(status().isCreated());
		view(mother, "ASSESSMENT", " " + assessment.toUpperCase() + " ", "AGREES", "Nu wel.")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/" + household.value() + "/assessments/" + assessment)
			.with(contactPerson.basic()))
			.andExpect(jsonPath("$.familyViews", hasSize(2)))
			.andExpect(jsonPath("$.familyViews[0].words").value("Nu wel."))
			.andExpect(jsonPath("$.familyViews[1].words").value("Eerst niet."));
		mvc.perform(
				get("/api/v1/family/views").param("kind", "ASSESSMENT").param("id", assessment).with(mother.basic()))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].position").value("AGREES"));
	}

	@Test
	void aViewOnAnotherHouseholdsAssessmentIsNotFoundAndNothingIsStored() throws Exception {
		var otherHousehold = data.household(contactPerson);
		String theirs = assessment(contactPerson, otherHousehold);
		view(mother, "ASSESSMENT", theirs, "AGREES", "Ik kijk mee.").andExpect(status().isNotFound());
		view(mother, "KEY_DECISION", theirs, "AGREES", "Ik kijk mee.").andExpect(status().isNotFound());
		view(mother, "PLAN_VERSION", "1", "AGREES", "Ik kijk mee.").andExpect(status().isNotFound());
		view(mother, "ASSESSMENT", "geen-id", "AGREES", "Ik kijk mee.").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households/" + otherHousehold.value() + "/assessments/" + theirs)
			.with(contactPerson.basic())).andExpect(jsonPath("$.familyViews", hasSize(0)));
		assertThat(jdbc.sql("select count(*) from portal_family_view where household_id in (:h, :other)")
			.param("h", household.value())
			.param("other", otherHousehold.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aViewOnAKeyDecisionShowsWithItsAssessment() throws Exception {
		String assessment = assessment(contactPerson, household);
		String url = "/api/v1/households/" + household.value() + "/assessments/" + assessment;
		mvc.perform(put(url).with(contactPerson.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": 1, "date": "%s", "participants": [{"name": "Sanne", "kind": "FAMILY"}],
				 "keyDecisions": [{"decision": "Hulp van de GGZ", "kind": "HELP", "rationale": "Nodig"}]}
				""".formatted(LocalDate.now().minusDays(1)))).andExpect(status().isOk());
		String decision = JsonPath.read(
				mvc.perform(get(url).with(contactPerson.basic())).andReturn().getResponse().getContentAsString(),
				"$.keyDecisions[0].id");
		view(mother, "KEY_DECISION", decision, "DISAGREES", "Ik wil geen GGZ.").andExpect(status().isCreated());
		mvc.perform(get(url).with(contactPerson.basic()))
			.andExpect(jsonPath("$.familyViews[0].keyDecisionId").value(decision))
			.andExpect(jsonPath("$.familyViews[0].author").value(mother.member().name()));
	}

	@Test
	void theViewPageShowsTheFormAndSavesWithTheMemberAsAuthor() throws Exception {
		String assessment = assessment(contactPerson, household);
		mvc.perform(get("/family/views/new").param("kind", "ASSESSMENT").param("id", assessment).with(mother.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat vindt u ervan?")));
		mvc.perform(post("/family/views").with(mother.session())
			.with(csrf())
			.param("kind", "ASSESSMENT")
			.param("id", assessment)
			.param("words", "Zonder keuze"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies ja of nee.")));
		mvc.perform(post("/family/views").with(mother.session())
			.with(csrf())
			.param("kind", "ASSESSMENT")
			.param("id", assessment)
			.param("position", "AGREES")
			.param("words", "Dit klopt.")).andExpect(redirectedUrlPattern("/family/views/new?kind=ASSESSMENT&id=*"));
		mvc.perform(get("/family/views/new").param("kind", "ASSESSMENT").param("id", assessment).with(mother.session()))
			.andExpect(content().string(containsString("Dit klopt.")));
		mvc.perform(get("/family/views/new").param("kind", "ASSESSMENT")
			.param("id", UUID.randomUUID().toString())
			.with(mother.session())).andExpect(status().isNotFound());
		// a damaged form (what the view is about left out) is answered as one, not as a
		// failure
		mvc.perform(post("/family/views").with(mother.session()).with(csrf()).param("words", "Zonder onderwerp"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De invoer is niet geldig.")));
	}

	@Test
	void aViewOnAPlanVersionShowsWithThatVersionInThePlan() throws Exception {
		String plan = "/api/v1/households/" + household.value() + "/plan";
		mvc.perform(post(plan + "/agreements").with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \"Iets doen\", \"ownerRef\": \"MEMBER:%s\"}"
				.formatted(mother.member().memberId())))
			.andExpect(status().isCreated());
		String evaluation = JsonPath.read(mvc
			.perform(post(plan + "/evaluations").with(contactPerson.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"plannedOn\": \"%s\"}".formatted(LocalDate.now())))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post(plan + "/evaluations/" + evaluation + "/hold").with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"heldOn\": \"%s\", \"notes\": \"Goed\", \"nextPhase\": true}".formatted(LocalDate.now())))
			.andExpect(jsonPath("$.version").value(1));
		view(mother, "PLAN_VERSION", "01", "DISAGREES", "Dit plan is te zwaar.").andExpect(status().isCreated());
		view(mother, "PLAN_VERSION", "2", "AGREES", "Bestaat niet.").andExpect(status().isNotFound());
		mvc.perform(get(plan).with(contactPerson.basic()))
			.andExpect(jsonPath("$.versions[0].views[0].memberName").value(mother.member().name()))
			.andExpect(jsonPath("$.versions[0].views[0].recordedBy").value(mother.member().name()))
			.andExpect(jsonPath("$.versions[0].views[0].agrees").value(false))
			.andExpect(jsonPath("$.versions[0].views[0].words").value("Dit plan is te zwaar."));
	}

}

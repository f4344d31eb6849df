package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class PlanApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanQueries queries;

	Pro contactPerson;

	Pro ggz;

	HouseholdId household;

	String plan;

	@BeforeEach
	void aFamilyWithANetwork() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, ggz, "PARTNER");
		data.informal(contactPerson, household, "Truus", "oma");
		plan = "/api/v1/households/" + household.value() + "/plan";
	}

	ResultActions post(String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(plan + path)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String agreement(String owner, LocalDate due) throws Exception {
		var result = post("/agreements", """
				{"description": "Iets doen", "owner": "%s", "dueDate": "%s"}""".formatted(owner, due))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aHouseholdWithoutPlanHasAnEmptyOneInTheFirstPhase() throws Exception {
		mvc.perform(get(plan).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("SAFETY_CONDITIONS"))
			.andExpect(jsonPath("$.goals", hasSize(0)))
			.andExpect(jsonPath("$.agreements", hasSize(0)))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void goalsAndAgreementsWithOwnersOfEachKind() throws Exception {
		post("/goals", "{\"text\": \"De kinderen voelen zich veilig als papa boos is\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.text").value("De kinderen voelen zich veilig als papa boos is"));
		LocalDate due = LocalDate.now().plusDays(7);
		String goal = JsonPath.read(
				mvc.perform(get(plan).with(contactPerson.basic())).andReturn().getResponse().getContentAsString(),
				"$.goals[0].id");
		post("/agreements",
				"""
						{"goalId": "%s", "description": "Sanne belt oma als het thuis spannend wordt", "owner": "Sanne", "dueDate": "%s"}
						"""
					.formatted(goal, due))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.owner").value(org.hamcrest.Matchers.startsWith("Sanne")))
			.andExpect(jsonPath("$.ownerKind").value("FAMILY_MEMBER"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.dueDate").value(due.toString()));
		post("/agreements",
				"{\"description\": \"Oma haalt de kinderen woensdag op\", \"owner\": \"Truus\", \"dueDate\": \"%s\"}"
					.formatted(due))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerKind").value("INFORMAL"));
		post("/agreements",
				"{\"description\": \"GGZ start behandeling vader\", \"owner\": \"%s\", \"dueDate\": \"%s\"}"
					.formatted(ggz.summary().name(), due))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerKind").value("PROFESSIONAL"));
		post("/agreements", "{\"description\": \"Iemand anders\", \"owner\": \"Onbekende Buurman\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("owner"));
		post("/agreements",
				"{\"description\": \"Te laat\", \"owner\": \"Truus\", \"dueDate\": \"%s\"}"
					.formatted(LocalDate.now().minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		post("/agreements", "{\"description\": \"\", \"owner\": \"Truus\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		mvc.perform(get(plan).with(ggz.basic()))
			.andExpect(jsonPath("$.agreements", hasSize(3)))
			.andExpect(jsonPath("$.goals", hasSize(1)));
	}

	@Test
	void statusChangesAreVersionedAndAStaleOneIsAConflict() throws Exception {
		String agreement = agreement("Truus", LocalDate.now().plusDays(3));
		String done = """
				{"description": "Iets doen", "owner": "Truus", "dueDate": "%s", "status": "%s", "version": %d}
				""";
		mvc.perform(put(plan + "/agreements/{a}", agreement).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(done.formatted(LocalDate.now().plusDays(3), "DONE", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(plan + "/agreements/{a}", agreement).with(ggz.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(done.formatted(LocalDate.now().plusDays(3), "NOT_DONE", 0))).andExpect(status().isConflict());
		mvc.perform(get(plan).with(contactPerson.basic())).andExpect(jsonPath("$.agreements[0].status").value("DONE"));
		mvc.perform(put(plan + "/agreements/{a}", agreement).with(ggz.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(done.formatted(LocalDate.now().plusDays(3), "WHATEVER", 1))).andExpect(status().isBadRequest());
		mvc.perform(put(plan + "/agreements/{a}", UUID.randomUUID()).with(ggz.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(done.formatted(LocalDate.now().plusDays(3), "DONE", 1))).andExpect(status().isNotFound());
	}

	@Test
	void overdueAgreementsShowOnThePlanAndOnTheStartPagesOfOwnerAndContactPerson() throws Exception {
		String mine = agreement(ggz.summary().name(), LocalDate.now().plusDays(2));
		String familys = agreement("Sanne", LocalDate.now().plusDays(2));
		jdbc.sql("update plan_agreement set due_date = current_date - 3 where id = :id::uuid")
			.param("id", familys)
			.update();
		mvc.perform(get(plan).with(contactPerson.basic()))
			.andExpect(jsonPath("$.agreements[?(@.id == '%s')].overdue".formatted(familys)).value(true))
			.andExpect(jsonPath("$.agreements[?(@.id == '%s')].overdue".formatted(mine)).value(false));
		var contactWork = queries.myWork(contactPerson.actor());
		assertThat(contactWork.overdueInMyHouseholds()).extracting(PlanQueries.DueAgreement::id)
			.contains(UUID.fromString(familys));
		var ggzWork = queries.myWork(ggz.actor());
		assertThat(ggzWork.mine()).extracting(PlanQueries.DueAgreement::id).containsExactly(UUID.fromString(mine));
		assertThat(ggzWork.overdueInMyHouseholds()).isEmpty();
	}

	@Test
	void evaluationFreezesAVersionAndTheFamilysAgreementAndDisagreementAreKept() throws Exception {
		agreement("Truus", LocalDate.now().plusDays(5));
		String evaluation = JsonPath.read(post("/evaluations", "{\"plannedOn\": \"%s\"}".formatted(LocalDate.now()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		post("/evaluations/" + evaluation + "/hold",
				"{\"heldOn\": \"%s\", \"notes\": \"Het gaat beter\", \"nextPhase\": true}".formatted(LocalDate.now()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		post("/evaluations/" + evaluation + "/hold", "{\"heldOn\": \"%s\"}".formatted(LocalDate.now()))
			.andExpect(status().isConflict());
		mvc.perform(get(plan).with(contactPerson.basic())).andExpect(jsonPath("$.phase").value("SAFETY_PLAN"));
		mvc.perform(get(plan + "/versions/1").with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("SAFETY_PLAN"))
			.andExpect(jsonPath("$.agreements[0].description").value("Iets doen"));
		post("/versions/1/family-views",
				"{\"memberName\": \"Sanne\", \"agrees\": true, \"words\": \"Dit is ons plan\"}")
			.andExpect(status().isCreated());
		post("/versions/1/family-views", "{\"memberName\": \"Daan\", \"agrees\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("words"));
		post("/versions/1/family-views",
				"{\"memberName\": \"Daan\", \"agrees\": false, \"words\": \"Ik wil niet naar oma\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].agrees").value(false))
			.andExpect(jsonPath("$[1].words").value("Ik wil niet naar oma"));
		post("/versions/9/family-views", "{\"memberName\": \"Daan\", \"agrees\": true}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[0].type").value("PLAN_VERSION"))
			.andExpect(jsonPath("$.items[0].subject").value("1"))
			.andExpect(jsonPath("$.items[0].detail").value("SAFETY_PLAN"));
		// the plan moves on; version 1 stays as it was
		agreement("Truus", LocalDate.now().plusDays(9));
		mvc.perform(get(plan + "/versions/1").with(contactPerson.basic()))
			.andExpect(jsonPath("$.agreements", hasSize(1)));
	}

	@Test
	void aStalePlanChangeIsAConflictAndLosesNothing() throws Exception {
		mvc.perform(put(plan).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phase\": \"SAFETY_CONDITIONS\", \"familyWords\": \"Wij willen rust thuis\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(plan).with(ggz.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phase\": \"RECOVERY_PLAN\", \"familyWords\": \"Anders\", \"version\": 0}"))
			.andExpect(status().isConflict());
		mvc.perform(get(plan).with(ggz.basic())).andExpect(jsonPath("$.familyWords").value("Wij willen rust thuis"));
	}

	@Test
	void onlyTheNetworkReadsOrWritesThePlanAndAllOfItIsLogged() throws Exception {
		agreement("Truus", LocalDate.now().plusDays(5));
		Pro outsider = data.professional(OrganisationType.POLICE);
		mvc.perform(get(plan).with(outsider.basic())).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(plan + "/goals")
			.with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Overnemen\"}")).andExpect(status().isForbidden());
		assertThat(jdbc
			.sql("""
					select count(*) from access_log where household_id = :h and resource like 'plan%' and outcome = 'GRANTED'
					  and action = 'CREATE'
					""")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from plan_goal where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSameAgreementSentTwiceIsAddedOnce() throws Exception {
		UUID id = UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			post("/agreements", "{\"id\": \"%s\", \"description\": \"Eenmaal\", \"owner\": \"Truus\"}".formatted(id))
				.andExpect(status().isCreated());
		}
		assertThat(jdbc.sql("select count(*) from plan_agreement where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void progressIsRecordedByWhoeverActs() throws Exception {
		String agreement = agreement("Truus", LocalDate.now().plusDays(5));
		post("/agreements/" + agreement + "/progress",
				"{\"text\": \"Oma heeft de kinderen opgehaald\", \"onBehalfOf\": \"Truus\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.progress[0].text").value("Oma heeft de kinderen opgehaald"))
			.andExpect(jsonPath("$.progress[0].onBehalfOf").value("Truus"))
			.andExpect(jsonPath("$.progress[0].recordedBy").value(contactPerson.summary().name()));
		post("/agreements/" + agreement + "/progress", "{\"text\": \" \"}").andExpect(status().isBadRequest());
	}

}

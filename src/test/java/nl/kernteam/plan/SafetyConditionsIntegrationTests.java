package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Safety conditions are monitored, not a phase (issue 14): checks on dates, held or not
 * and by whom, and the plan's safety status as a history.
 */
@IntegrationTest
class SafetyConditionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	String plan;

	final LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	@BeforeEach
	void aFamilyWithAPlan() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		plan = "/api/v1/households/" + household.value() + "/plan";
	}

	ResultActions post(Pro pro, String path, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(plan + path)
			.with(pro.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String condition(String text) throws Exception {
		var result = post(contactPerson, "/conditions", "{\"text\": \"%s\"}".formatted(text))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.text").value(text))
			.andExpect(jsonPath("$.checks", hasSize(0)))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aCheckIsRecordedAndShownWithTheCondition() throws Exception {
		String id = condition("Er wordt niet geslagen.");
		post(contactPerson, "/conditions/" + id + "/checks", """
				{"date": "%s", "held": true, "by": "Sanne", "note": "Rustige week."}""".formatted(today.minusDays(7)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.checks", hasSize(1)))
			.andExpect(jsonPath("$.lastCheck.held").value(true))
			.andExpect(jsonPath("$.lastCheck.by").value("Sanne"));
		post(contactPerson, "/conditions/" + id + "/checks", """
				{"date": "%s", "held": false}""".formatted(today)).andExpect(status().isCreated());
		mvc.perform(get(plan).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safetyConditions[0].text").value("Er wordt niet geslagen."))
			.andExpect(jsonPath("$.safetyConditions[0].checks", hasSize(2)))
			// newest first; without "by", the professional who recorded it
			.andExpect(jsonPath("$.safetyConditions[0].lastCheck.held").value(false))
			.andExpect(jsonPath("$.safetyConditions[0].lastCheck.by").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.safetyConditions[0].checks[1].note").value("Rustige week."));
		// logged with the write
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where actor_id = :a and household_id = :h and action = 'CREATE' and resource like '%.check'
				""").param("a", contactPerson.id()).param("h", household.value()).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void aConditionNotHeldIsShownInWordsOnThePlanPage() throws Exception {
		String id = condition("Papa drinkt niet als de kinderen thuis zijn.");
		post(contactPerson, "/conditions/" + id + "/checks", """
				{"date": "%s", "held": false, "by": "Oma Riet"}""".formatted(today)).andExpect(status().isCreated());
		mvc.perform(get("/households/" + household.value() + "/plan").with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Papa drinkt niet als de kinderen thuis zijn.")))
			.andExpect(content().string(containsString("Niet nagekomen")))
			.andExpect(content().string(containsString("1 voorwaarde is bij de laatste controle niet nagekomen")))
			.andExpect(content().string(containsString("door Oma Riet")));
	}

	@Test
	void aDoubleSubmitRecordsOneCheck() throws Exception {
		String id = condition("De kinderen slapen thuis.");
		String submission = UUID.randomUUID().toString();
		String body = """
				{"id": "%s", "date": "%s", "held": true}""".formatted(submission, today);
		post(contactPerson, "/conditions/" + id + "/checks", body).andExpect(status().isCreated());
		post(contactPerson, "/conditions/" + id + "/checks", body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.checks", hasSize(1)));
		// without an id: the same condition, day and person is one check as well
		String again = """
				{"date": "%s", "held": true, "by": "Sanne"}""".formatted(today);
		post(contactPerson, "/conditions/" + id + "/checks", again).andExpect(status().isCreated());
		post(contactPerson, "/conditions/" + id + "/checks", again).andExpect(status().isCreated())
			.andExpect(jsonPath("$.checks", hasSize(2)));
		// the same day and person answering otherwise is not silently dropped
		post(contactPerson, "/conditions/" + id + "/checks", """
				{"date": "%s", "held": false, "by": "Sanne"}""".formatted(today)).andExpect(status().isConflict());
		// the page's form sent twice
		for (int i = 0; i < 2; i++) {
			mvc.perform(MockMvcRequestBuilders
				.post("/households/" + household.value() + "/plan/conditions/" + id + "/checks")
				.with(contactPerson.session())
				.with(csrf())
				.param("submissionId", "00000000-0000-0000-0000-0000000000a1")
				.param("date", today.minusDays(1).toString())
				.param("held", "true")
				.param("by", "Daan")).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(*) from plan_condition_check where condition_id = :c")
			.param("c", UUID.fromString(id))
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anOutsiderMayNotRecordACheck() throws Exception {
		String id = condition("Er wordt niet geslagen.");
		var outsider = data.professional(OrganisationType.LOCAL_TEAM);
		post(outsider, "/conditions/" + id + "/checks", """
				{"date": "%s", "held": true}""".formatted(today))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
		post(outsider, "/conditions", "{\"text\": \"Iets\"}")
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
		post(outsider, "/safety-status", "{\"status\": \"RECOVERY\"}")
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
		assertThat(jdbc.sql("select count(*) from plan_condition_check where condition_id = :c")
			.param("c", UUID.fromString(id))
			.query(Integer.class)
			.single()).isZero();
		// a condition of another household is not found under this one
		var otherHousehold = data.household(outsider);
		mvc.perform(MockMvcRequestBuilders
			.post("/api/v1/households/" + otherHousehold.value() + "/plan/conditions/" + id + "/checks")
			.with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"%s\", \"held\": true}".formatted(today))).andExpect(status().isNotFound());
	}

	@Test
	void badChecksAreA400() throws Exception {
		String id = condition("Er wordt niet geslagen.");
		post(contactPerson, "/conditions/" + id + "/checks", "{\"held\": true}").andExpect(status().isBadRequest());
		post(contactPerson, "/conditions/" + id + "/checks", "{\"date\": \"%s\"}".formatted(today))
			.andExpect(status().isBadRequest());
		post(contactPerson, "/conditions/" + id + "/checks",
				"{\"date\": \"%s\", \"held\": true}".formatted(today.plusDays(3)))
			.andExpect(status().isBadRequest());
		post(contactPerson, "/conditions/" + id + "/checks", "{\"date\": \"%s\", \"held\": \"ja\"}".formatted(today))
			.andExpect(status().isBadRequest());
		post(contactPerson, "/conditions", "{\"text\": \" \"}").andExpect(status().isBadRequest());
		post(contactPerson, "/safety-status", "{\"status\": \"SAFE\"}").andExpect(status().isBadRequest());
	}

	@Test
	void theStatusHistoryIsInOrderAndFollowsThePhase() throws Exception {
		post(contactPerson, "/safety-status", """
				{"status": "DIRECT_SAFETY", "since": "%s"}""".formatted(today.minusMonths(3)))
			.andExpect(status().isCreated());
		post(contactPerson, "/safety-status", """
				{"status": "STABLE_SAFETY", "since": "%s"}""".formatted(today.minusMonths(1)))
			.andExpect(status().isCreated());
		// a setback: direct safety again (a status, not a phase left behind)
		post(contactPerson, "/safety-status", """
				{"status": "DIRECT_SAFETY", "since": "%s"}""".formatted(today.minusDays(10)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(3)));
		// the phase API of version 1 still works, and the status follows it
		int version = JsonPath.read(
				mvc.perform(get(plan).with(contactPerson.basic())).andReturn().getResponse().getContentAsString(),
				"$.version");
		mvc.perform(put(plan).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phase\": \"RECOVERY_PLAN\", \"version\": %d}".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("RECOVERY_PLAN"));
		mvc.perform(get(plan).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safetyStatus").value("RECOVERY"))
			.andExpect(jsonPath("$.safetyStatusHistory", hasSize(4)))
			.andExpect(jsonPath("$.safetyStatusHistory[0].status").value("DIRECT_SAFETY"))
			.andExpect(jsonPath("$.safetyStatusHistory[0].since").value(today.minusMonths(3).toString()))
			.andExpect(jsonPath("$.safetyStatusHistory[1].status").value("STABLE_SAFETY"))
			.andExpect(jsonPath("$.safetyStatusHistory[2].status").value("DIRECT_SAFETY"))
			.andExpect(jsonPath("$.safetyStatusHistory[3].status").value("RECOVERY"))
			.andExpect(jsonPath("$.safetyStatusHistory[3].since").value(today.toString()))
			.andExpect(jsonPath("$.safetyStatusHistory[3].setBy").value(contactPerson.summary().name()));
		mvc.perform(get("/households/" + household.value() + "/plan").with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stabiele veiligheid")))
			.andExpect(content().string(containsString("Herstel")));
	}

}

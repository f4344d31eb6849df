package nl.kernteam.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The measures of a team and of the region: computed by Kernteam and by independent SQL
 * over the modules' own tables ({@link IndependentMeasures}), and they agree; a group
 * below ten households is withheld, and so is a quarter's scale below ten households. Who
 * reads which scope: {@link MeasureScopesIntegrationTests}.
 */
@IntegrationTest
class MeasuresIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentManagement assessments;

	LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	ResultActions measures(Pro as, UUID organisation) throws Exception {
		return mvc.perform(get("/api/v1/learning/measures").param("organisationId", organisation.toString())
			.param("from", today.minusDays(1).toString())
			.param("to", today.plusDays(1).toString())
			.with(as.basic()));
	}

	@Test
	void measuresAgreeWithIndependentSqlAndAGroupBelowTenIsWithheld() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro worker = data.professional(team);
		Pro colleague = data.professional(team);
		Pro expert = data.professional(OrganisationType.MENTAL_HEALTH);
		List<HouseholdId> households = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			households.add(data.household(worker));
		}
		measures(lead, team.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed").value(true))
			.andExpect(jsonPath("$.households").doesNotExist())
			.andExpect(jsonPath("$.professionalsPerHousehold").doesNotExist())
			.andExpect(jsonPath("$.intervisions").doesNotExist());

		households.add(data.household(worker));
		data.involve(worker, households.get(0), expert, "EXPERT");
		data.involve(worker, households.get(1), colleague, "CORE_TEAM");
		mvc.perform(put("/api/v1/households/{id}/contact-person", households.get(1).value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Collega neemt over\"}".formatted(colleague.id())))
			.andExpect(status().isOk());
		var assessment = assessments.create(worker.actor(), households.get(2),
				new CreateAssessment(null, today, List.of(), false));
		jdbc.sql(
				"""
						insert into assessment_key_decision (assessment_id, id, position, kind, decision, rationale, recorded_by, recorded_at)
						values (:assessment, :id, 1, 'COURT_MEASURE', 'Verzoek ondertoezichtstelling', 'Zorgen blijven', :by, now())
						""")
			.param("assessment", assessment.value())
			.param("id", UUID.randomUUID())
			.param("by", worker.id())
			.update();
		// a supervision order for a child of the third household: it counts as "with a
		// court order"
		UUID child = jdbc.sql("select id from member where household_id = :h and role = 'CHILD' limit 1")
			.param("h", households.get(2).value())
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/households/{id}/court-orders", households.get(2).value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"childMemberId": "%s", "kind": "SUPERVISION", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
						.formatted(child, today, today, today.plusMonths(6))))
			.andExpect(status().isCreated());
		for (int score : new int[] { 4, 5 }) {
			jdbc.sql(
					"""
							insert into portal_heard (id, household_id, about_kind, about_id, score, account_id, member_id, author_name, recorded_at)
							values (:id, :household, 'ASSESSMENT', :about, :score, :id, :id, 'Sanne', now())
							""")
				.param("id", UUID.randomUUID())
				.param("household", households.get(2).value())
				.param("about", assessment.value())
				.param("score", score)
				.update();
		}

		jdbc.sql(
				"insert into intervision (id, organisation_id, held_on, recorded_by, created_at) values (gen_random_uuid(), :team, :today, :lead, current_timestamp)")
			.param("team", team.id())
			.param("today", today)
			.param("lead", lead.id())
			.update();
		// registered 4 and 10 days ago, the first agreement today: the median of 4, 10
		// and 0
		backdateRegistration(households.get(0), 4);
		backdateRegistration(households.get(1), 10);
		for (int i : new int[] { 0, 1, 2 }) {
			agreement(i == 1 ? colleague : worker, households.get(i));
		}
		// every family scored the scale, the professionals in nine households: their side
		// is withheld
		for (int i = 0; i < 10; i++) {
			var scored = assessments.create((i == 1 ? colleague : worker).actor(), households.get(i),
					new CreateAssessment(null, today, List.of(), false));
			score(scored.value(), "FAMILY", i % 11);
			if (i < 9) {
				score(scored.value(), "PROFESSIONAL", 4 + i % 3);
			}
		}

		var independent = IndependentMeasures.of(jdbc, team.id(), today.minusDays(1), today.plusDays(1));
		assertThat(independent.get("households")).isEqualTo(10);
		assertThat(independent.get("handoversPerHousehold")).isEqualTo(0.1);
		assertThat(independent.get("withCourtOrder")).isEqualTo(1);
		assertThat(independent.get("medianDaysToFirstAgreement")).isEqualTo(4.0);
		assertThat(independent.get("heardAnswers")).isEqualTo(2);
		assertThat(independent.get("intervisions")).isEqualTo(1);
		var body = measures(lead, team.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed").value(false))
			.andExpect(jsonPath("$.region").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		agree(body, independent);
		var scales = IndependentMeasures.scales(jdbc, team.id(), today.minusDays(1), today.plusDays(1));
		String quarter = today.getYear() + " K" + ((today.getMonthValue() - 1) / 3 + 1);
		assertThat(scales.get(quarter + " PROFESSIONAL")[1]).isEqualTo(9);
		assertThat((List<String>) JsonPath.read(body, "$.scales[*].quarter")).hasSize(1);
		assertThat((Double) JsonPath.read(body, "$.scales[0].familyAverage"))
			.isCloseTo(scales.get(quarter + " FAMILY")[0], within(1e-9));
		assertThat((Integer) JsonPath.read(body, "$.scales[0].familyHouseholds")).isEqualTo(10);
		Map<String, Object> withheld = JsonPath.read(body, "$.scales[0]");
		assertThat(withheld).doesNotContainKeys("professionalAverage", "professionalHouseholds");

		// the region: every organisation's households, against the same independent SQL
		// at the same moment
		Pro adviser = data.professional(team, Role.POLICY_ADVISER);
		var region = IndependentMeasures.of(jdbc, null, today.minusDays(1), today.plusDays(1));
		var regionBody = mvc
			.perform(get("/api/v1/learning/measures").param("from", today.minusDays(1).toString())
				.param("to", today.plusDays(1).toString())
				.with(adviser.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value(true))
			.andExpect(jsonPath("$.organisationId").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) region.get("households")).isGreaterThanOrEqualTo(10);
		agree(regionBody, region);
		var regionScales = IndependentMeasures.scales(jdbc, null, today.minusDays(1), today.plusDays(1));
		List<Map<String, Object>> shown = JsonPath.read(regionBody, "$.scales");
		for (var q : shown) {
			String label = quarterLabel((String) q.get("quarter"));
			for (String side : new String[] { "FAMILY", "PROFESSIONAL" }) {
				double[] expected = regionScales.get(label + " " + side);
				String prefix = side.equals("FAMILY") ? "family" : "professional";
				if (expected == null || expected[1] < 10) {
					assertThat(q.get(prefix + "Average")).as(label + " " + side).isNull();
				}
				else {
					assertThat(((Number) q.get(prefix + "Average")).doubleValue()).as(label + " " + side)
						.isCloseTo(expected[0], within(1e-9));
					assertThat(q.get(prefix + "Households")).isEqualTo((int) expected[1]);
				}
			}
		}
	}

	/** Every figure Kernteam answered equals the independent one. */
	static void agree(String body, Map<String, Object> independent) {
		Map<String, Object> answered = JsonPath.read(body, "$");
		independent.forEach((name, expected) -> {
			Object actual = answered.get(name);
			if (expected == null) {
				assertThat(actual).as(name).isNull();
			}
			else {
				assertThat(actual).as(name).isNotNull();
				assertThat(((Number) actual).doubleValue()).as(name)
					.isCloseTo(((Number) expected).doubleValue(), within(1e-9));
			}
		});
	}

	private static String quarterLabel(String firstDay) {
		var day = LocalDate.parse(firstDay);
		return day.getYear() + " K" + ((day.getMonthValue() - 1) / 3 + 1);
	}

	void backdateRegistration(HouseholdId household, int days) {
		jdbc.sql("update household set created_at = created_at - make_interval(days => :days) where id = :h")
			.param("days", days)
			.param("h", household.value())
			.update();
	}

	void agreement(Pro as, HouseholdId household) throws Exception {
		mvc.perform(post("/api/v1/households/{id}/plan/agreements", household.value()).with(as.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \"Oma haalt de kinderen op\", \"owner\": \"Sanne\"}"))
			.andExpect(status().isCreated());
	}

	void score(UUID assessment, String kind, int score) {
		jdbc.sql(
				"""
						insert into assessment_participant (assessment_id, id, position, name, kind, score)
						values (:assessment, :id, (select count(*) from assessment_participant where assessment_id = :assessment),
						        :name, :kind, :score)
						""")
			.param("assessment", assessment)
			.param("id", UUID.randomUUID())
			.param("name", kind + " " + score)
			.param("kind", kind)
			.param("score", score)
			.update();
	}

}

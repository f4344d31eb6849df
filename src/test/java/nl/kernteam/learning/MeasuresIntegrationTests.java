package nl.kernteam.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * The measures of a team: computed by Kernteam and by independent SQL over the modules'
 * own tables, and they agree; a group below ten households is withheld; only a team lead
 * of the organisation reads them.
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
		var independent = jdbc
			.sql("""
					with helped as (select distinct household_id from involvement where organisation_id = :team)
					select (select count(*) from helped) as households,
					       (select count(*) from contact_person c join helped using (household_id)) - (select count(*) from helped) as handovers,
					       (select count(*) from (select distinct household_id, professional_id from involvement join helped using (household_id)
					                               where professional_id is not null) p) as professionals,
					       (select count(*) from (select distinct household_id, organisation_id from involvement join helped using (household_id)
					                               where organisation_id is not null) o) as organisations,
					       (select count(distinct household_id) from court_order join helped using (household_id)) as court,
					       (select avg(score) from portal_heard join helped using (household_id)) as heard
					""")
			.param("team", team.id())
			.query((rs,
					row) -> new double[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getDouble(6) })
			.single();
		assertThat(independent[0]).isEqualTo(10);
		assertThat(independent[1]).isEqualTo(1);
		measures(lead, team.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.suppressed").value(false))
			.andExpect(jsonPath("$.households").value(10))
			.andExpect(jsonPath("$.handoversPerHousehold").value(independent[1] / 10))
			.andExpect(jsonPath("$.professionalsPerHousehold").value(independent[2] / 10))
			.andExpect(jsonPath("$.organisationsPerHousehold").value(independent[3] / 10))
			.andExpect(jsonPath("$.medianDaysToFirstAssessment").value(0.0))
			.andExpect(jsonPath("$.closed").value(0))
			.andExpect(jsonPath("$.withCourtOrder").value((int) independent[4]))
			.andExpect(jsonPath("$.withCourtOrder").value(1))
			.andExpect(jsonPath("$.heardAverage").value(independent[5]))
			.andExpect(jsonPath("$.heardAnswers").value(2))
			.andExpect(jsonPath("$.reflections").value(0))
			.andExpect(jsonPath("$.intervisions").value(1));
	}

	@Test
	void onlyATeamLeadOfTheOrganisationReadsItsMeasures() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro worker = data.professional(team);
		Pro otherLead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		measures(worker, team.id()).andExpect(status().isForbidden());
		measures(otherLead, team.id()).andExpect(status().isForbidden());
		measures(otherLead, otherLead.summary().organisationId()).andExpect(status().isOk());
		mvc.perform(get("/api/v1/learning/measures")
			.param("organisationId", otherLead.summary().organisationId().toString())
			.param("from", today.toString())
			.param("to", today.minusDays(3).toString())
			.with(otherLead.basic())).andExpect(status().isBadRequest());
	}

	@Test
	void thePageShowsDefinitionsAndTheCsvExportIsLogged() throws Exception {
		Pro lead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		mvc.perform(get("/learning/measures").with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Te weinig huishoudens om te tonen")));
		mvc.perform(get("/learning/measures.csv").with(lead.session())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :lead and action = 'EXPORT'")
			.param("lead", lead.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}

package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.assessment.SaveAssessment;
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

/**
 * Attempts to break the plan's rules with ids of another household, repeated submits and
 * a departed owner.
 */
@IntegrationTest
class PlanHardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentManagement assessments;

	Pro worker;

	HouseholdId mine;

	HouseholdId theirs;

	UUID theirAssessment;

	UUID theirDanger;

	@BeforeEach
	void twoHouseholds() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		mine = data.household(worker);
		Pro other = data.professional(OrganisationType.LOCAL_TEAM);
		theirs = data.household(other);
		var people = List.of(new AssessmentDocument.Participant(null, other.summary().name(),
				ParticipantKind.PROFESSIONAL, null, other.id(), null));
		theirAssessment = assessments
			.create(other.actor(), theirs, new CreateAssessment(null, LocalDate.now(), people, false))
			.value();
		var dangers = List
			.of(new AssessmentDocument.DangerStatement(null, "GEHEIM van het andere gezin", "doel", null));
		assessments.save(other.actor(), theirs, nl.kernteam.assessment.AssessmentId.of(theirAssessment),
				SaveAssessment.of(1, new AssessmentDocument(LocalDate.now(), people, null, null, null, null, dangers,
						null, null, null, null, null, null, null)));
		theirDanger = jdbc.sql("select id from assessment_danger_statement where assessment_id = :a")
			.param("a", theirAssessment)
			.query(UUID.class)
			.single();
	}

	ResultActions post(HouseholdId household, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/households/" + household.value() + "/plan" + path)
			.with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aGoalCannotPointAtAnotherHouseholdsDangerStatement() throws Exception {
		post(mine, "/goals",
				"{\"text\": \"doel\", \"dangerStatementId\": \"%s\", \"assessmentId\": \"%s\"}".formatted(theirDanger,
						theirAssessment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dangerStatementId"));
		// even a row stored before this check cannot show the other household's text
		jdbc.sql("""
				insert into plan (household_id, phase, created_at, created_by, updated_at, updated_by)
				values (:h, 'SAFETY_CONDITIONS', now(), :p, now(), :p) on conflict do nothing
				""").param("h", mine.value()).param("p", worker.id()).update();
		jdbc.sql(
				"""
						insert into plan_goal (id, household_id, text, danger_statement_id, assessment_id, position, created_at, created_by)
						values (gen_random_uuid(), :h, 'oud doel', :d, :a, 9, now(), :p)
						""")
			.param("h", mine.value())
			.param("d", theirDanger)
			.param("a", theirAssessment)
			.param("p", worker.id())
			.update();
		String plan = mvc.perform(get("/api/v1/households/{id}/plan", mine.value()).with(worker.basic()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plan).doesNotContain("GEHEIM");
	}

	@Test
	void anEvaluationCannotLinkAnotherHouseholdsAssessment() throws Exception {
		String evaluation = JsonPath
			.read(post(mine, "/evaluations", "{\"plannedOn\": \"%s\"}".formatted(LocalDate.now())).andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		post(mine, "/evaluations/" + evaluation + "/hold",
				"{\"heldOn\": \"%s\", \"assessmentId\": \"%s\"}".formatted(LocalDate.now(), theirAssessment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assessmentId"));
	}

	@Test
	void anIdOfAnotherHouseholdsAgreementIsAConflictNotASilentSuccess() throws Exception {
		Pro other = data.professional(OrganisationType.LOCAL_TEAM);
		var third = data.household(other);
		data.informal(other, third, "Kees", "buurman");
		UUID id = UUID.randomUUID();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/households/" + third.value() + "/plan/agreements")
			.with(other.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"%s\", \"description\": \"x\", \"owner\": \"Kees\"}".formatted(id)))
			.andExpect(status().isCreated());
		data.informal(worker, mine, "Kees", "buurman");
		post(mine, "/agreements", "{\"id\": \"%s\", \"description\": \"x\", \"owner\": \"Kees\"}".formatted(id))
			.andExpect(status().isConflict());
	}

	@Test
	void startingThePlanTwiceAndRecordingAViewTwiceAddNothingTwice() throws Exception {
		var people = List.of(new AssessmentDocument.Participant(null, worker.summary().name(),
				ParticipantKind.PROFESSIONAL, null, worker.id(), null));
		var assessment = assessments.create(worker.actor(), mine,
				new CreateAssessment(null, LocalDate.now(), people, false));
		assessments.save(worker.actor(), mine, assessment,
				SaveAssessment.of(1,
						new AssessmentDocument(LocalDate.now(), people, null, null, null, null,
								List.of(new AssessmentDocument.DangerStatement(null, "zorg", "veilig doel", null)),
								null, null, null, null, null, null, null)));
		String danger = jdbc.sql("select id::text from assessment_danger_statement where assessment_id = :a")
			.param("a", assessment.value())
			.query(String.class)
			.single();
		for (int i = 0; i < 2; i++) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/households/" + mine.value() + "/plan/start")
				.with(worker.session())
				.with(csrf())
				.param("chosen", danger)).andExpect(status().is3xxRedirection());
		}
		assertThat(count("select count(*) from plan_goal where household_id = :h")).isEqualTo(1);

		String evaluation = JsonPath
			.read(post(mine, "/evaluations", "{\"plannedOn\": \"%s\"}".formatted(LocalDate.now())).andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		post(mine, "/evaluations/" + evaluation + "/hold", "{\"heldOn\": \"%s\"}".formatted(LocalDate.now()))
			.andExpect(status().isOk());
		UUID view = UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/households/" + mine.value() + "/plan/versions/1/views")
				.with(worker.session())
				.with(csrf())
				.param("submissionId", view.toString())
				.param("memberName", "Sanne")
				.param("agrees", "true")).andExpect(status().is3xxRedirection());
		}
		assertThat(count("select count(*) from plan_family_view where household_id = :h")).isEqualTo(1);
	}

	@Test
	void anAgreementOfSomeoneWhoLeftTheNetworkCanStillBeMarkedDone() throws Exception {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		UUID involvement = data.involve(worker, mine, ggz, "PARTNER");
		String agreement = JsonPath.read(post(mine, "/agreements",
				"{\"description\": \"Behandeling\", \"owner\": \"%s\"}".formatted(ggz.summary().name()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/households/{h}/involvements/{i}/end", mine.value(), involvement)
			.with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Behandeling afgerond\"}")).andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/households/" + mine.value() + "/plan/agreements/" + agreement + "/status")
			.with(worker.session())
			.with(csrf())
			.param("status", "DONE")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from plan_agreement where id = :id::uuid")
			.param("id", agreement)
			.query(String.class)
			.single()).isEqualTo("DONE");
	}

	@Test
	void datesFarAwayAreRefusedAsInput() throws Exception {
		data.informal(worker, mine, "Kees", "buurman");
		post(mine, "/agreements", "{\"description\": \"x\", \"owner\": \"Kees\", \"dueDate\": \"+999999999-12-31\"}")
			.andExpect(status().isBadRequest());
		post(mine, "/agreements", "{\"description\": \"x\", \"owner\": \"Kees\", \"dueDate\": \"2300-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		post(mine, "/evaluations", "{\"plannedOn\": \"+9999999-01-01\"}").andExpect(status().isBadRequest());
	}

	long count(String sql) {
		return jdbc.sql(sql).param("h", mine.value()).query(Long.class).single();
	}

}

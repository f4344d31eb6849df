package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.assessment.SaveAssessment;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.network.AddInformal;
import nl.kernteam.network.NetworkManagement;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17, the plan: the joint assessment's next steps are taken over as agreements
 * (once, and never a step of another household), an evaluation held plans the next one,
 * and the printed plan carries the danger statements, who to call, the family's view, an
 * overdue agreement as overdue and "Wanneer praten we weer?".
 */
@IntegrationTest
class PlanFromAssessmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanEvaluations evaluations;

	@Autowired
	PlanQueries queries;

	@Autowired
	SafetyGoalSource source;

	@Autowired
	NetworkManagement network;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	final LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	@Test
	void aNextStepIsTakenOverOnceAndRemembersWhereItCameFrom() {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);
		data.informal(worker, household, "Truus", "oma");
		assessmentWithNextSteps(worker, household);
		var steps = source.nextSteps(worker.actor(), household);
		assertThat(steps).extracting(SafetyGoalSource.NextStepOption::text)
			.containsExactly("Oma haalt de kinderen op woensdag van school",
					"Vader start een cursus omgaan met boosheid");
		var step = steps.get(0);
		var truus = new Owner(OwnerKind.INFORMAL, UUID.randomUUID(), "Truus", "oma");
		assertThat(PlanPage.proposedOwner(step.owner(), List.of(truus))).as("'oma' is Truus").isEqualTo(truus.ref());
		assertThat(PlanPage.proposedOwner(step.owner(), List.of())).as("nobody to propose").isNull();

		var add = new AddAgreement(UUID.randomUUID(), null, step.text(), "Truus", null, step.dueDate(), step.id());
		var id = plans.addAgreement(worker.actor(), household, add);
		// another tab takes the same step over: the one agreement answers
		var again = plans.addAgreement(worker.actor(), household,
				new AddAgreement(UUID.randomUUID(), null, step.text(), "Truus", null, step.dueDate(), step.id()));
		assertThat(again).isEqualTo(id);
		assertThat(queries.plan(worker.actor(), household).agreements()).hasSize(1);
		assertThat(jdbc.sql("select next_step_id from plan_agreement where id = :id")
			.param("id", id.value())
			.query(UUID.class)
			.single()).isEqualTo(step.id());

		// a step of another household's assessment is refused
		HouseholdId other = data.household(worker);
		data.informal(worker, other, "Truus", "oma");
		assertThatThrownBy(() -> plans.addAgreement(worker.actor(), other,
				new AddAgreement(null, null, "Iets", "Truus", null, null, step.id())))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void holdingAnEvaluationPlansTheNextOneAndThePrintKeepsIt() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);
		UUID first = evaluations.planEvaluation(worker.actor(), household, null, today);
		var plan = queries.plan(worker.actor(), household);
		assertThat(plan.proposedNextEvaluation(today)).as("no rhythm yet: six weeks").isEqualTo(today.plusWeeks(6));

		evaluations.holdEvaluation(worker.actor(), household, first,
				new HoldEvaluation(today, null, "Het gaat beter.", false, today.plusWeeks(6)));
		plan = queries.plan(worker.actor(), household);
		assertThat(plan.nextEvaluation().plannedOn()).isEqualTo(today.plusWeeks(6));
		// the rhythm of the last two is kept
		assertThat(plan.proposedNextEvaluation(today.plusWeeks(6))).isEqualTo(today.plusWeeks(12));

		String printed = mvc.perform(get("/households/{id}/plan/print", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(printed).contains("Wanneer praten we weer?");

		UUID next = plan.nextEvaluation().id();
		assertThatThrownBy(() -> evaluations.holdEvaluation(worker.actor(), household, next,
				new HoldEvaluation(today, null, null, false, today)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void thePrintShowsDangersWhoToCallTheFamilysViewAndAnOverdueAgreementAsOverdue() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);
		network.addInformal(worker.actor(), household,
				new AddInformal(null, "Truus", "oma", "Past op de kinderen", "06 9876 5432", null));
		assessmentWithNextSteps(worker, household);
		var agreement = plans.addAgreement(worker.actor(), household,
				new AddAgreement(null, null, "Sanne belt oma als het spannend wordt", "Truus", null, today));
		jdbc.sql("update plan_agreement set due_date = :d where id = :id")
			.param("d", java.sql.Date.valueOf(today.minusDays(3)))
			.param("id", agreement.value())
			.update();
		UUID evaluation = evaluations.planEvaluation(worker.actor(), household, null, today);
		int version = evaluations.holdEvaluation(worker.actor(), household, evaluation,
				new HoldEvaluation(today, null, null, false));
		evaluations.recordFamilyView(worker.actor(), household, version,
				new FamilyViewInput(null, "Sanne", false, "Oma hoeft niet elke week te komen."));

		String printed = mvc.perform(get("/households/{id}/plan/print", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(printed).contains("Papa schreeuwt als hij boos is", "De kinderen zijn veilig als er ruzie is")
			.contains("Wie kunt u bellen?", "Truus", "06 9876 5432")
			.contains("is het niet eens", "Oma hoeft niet elke week te komen.")
			.contains("Te laat: nog niet gedaan")
			.contains("<main>")
			.contains("Wanneer praten we weer?", "Er is nog geen datum");
	}

	void assessmentWithNextSteps(Pro worker, HouseholdId household) {
		var people = List.of(new AssessmentDocument.Participant(null, worker.summary().name(),
				ParticipantKind.PROFESSIONAL, null, worker.id(), null));
		var id = assessments.create(worker.actor(), household, new CreateAssessment(null, today, people, false));
		var steps = List.of(
				new AssessmentDocument.Item(null, null, "Oma haalt de kinderen op woensdag van school", null, "oma",
						today.plusWeeks(2)),
				new AssessmentDocument.Item(null, null, "Vader start een cursus omgaan met boosheid", null, null,
						null));
		var dangers = List.of(new AssessmentDocument.DangerStatement(null, "Papa schreeuwt als hij boos is",
				"De kinderen zijn veilig als er ruzie is", null));
		var document = new AssessmentDocument(today, people, null, null, null, steps, dangers, null, null, null, null,
				null, null, null);
		assessments.save(worker.actor(), household, id, SaveAssessment.of(1, document));
	}

}

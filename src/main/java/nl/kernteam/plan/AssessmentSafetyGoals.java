package nl.kernteam.plan;

import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentQueries;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Component;

/** The plan starts from the latest joint assessment: its danger statements and their paired safety goals. */
@Component
class AssessmentSafetyGoals implements SafetyGoalSource {

	private final AssessmentQueries assessments;

	AssessmentSafetyGoals(AssessmentQueries assessments) {
		this.assessments = assessments;
	}

	@Override
	public List<SafetyGoalOption> latest(Actor actor, HouseholdId household) {
		return assessments.dangerStatements(actor, household).stream()
			.map(d -> new SafetyGoalOption(d.id(), d.assessmentId(), d.assessedOn(), d.text(),
					d.safetyGoal() == null || d.safetyGoal().isBlank() ? d.text() : d.safetyGoal()))
			.toList();
	}

	@Override
	public List<AssessmentOption> assessments(Actor actor, HouseholdId household) {
		return assessments.list(actor, household, new PageOf.Request(0, 20)).items().stream()
			.map(a -> new AssessmentOption(a.id(), a.date()))
			.toList();
	}

	@Override
	public boolean isAssessmentOf(HouseholdId household, UUID assessment) {
		return assessments.isAssessmentOf(household, assessment);
	}

	@Override
	public boolean isDangerStatementOf(HouseholdId household, UUID assessment, UUID dangerStatement) {
		return assessments.isDangerStatementOf(household, assessment, dangerStatement);
	}
}

package nl.kernteam.plan;

import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentQueries;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Component;

/**
 * The plan starts from the latest joint assessment: its danger statements and their
 * paired safety goals. Whoever may not read the assessments (a partner they are not
 * shared with) sees the plan without these choices.
 */
@Component
class AssessmentSafetyGoals implements SafetyGoalSource {

	private final AssessmentQueries assessments;

	private final HouseholdAccess access;

	AssessmentSafetyGoals(AssessmentQueries assessments, HouseholdAccess access) {
		this.assessments = assessments;
		this.access = access;
	}

	@Override
	public List<SafetyGoalOption> latest(Actor actor, HouseholdId household) {
		if (!access.mayRead(actor, household, HouseholdItem.ASSESSMENTS)) {
			return List.of();
		}
		return assessments.dangerStatements(actor, household)
			.stream()
			.map(d -> new SafetyGoalOption(d.id(), d.assessmentId(), d.assessedOn(), d.text(),
					d.safetyGoal() == null || d.safetyGoal().isBlank() ? d.text() : d.safetyGoal()))
			.toList();
	}

	@Override
	public List<NextStepOption> nextSteps(Actor actor, HouseholdId household) {
		if (!access.mayRead(actor, household, HouseholdItem.ASSESSMENTS)) {
			return List.of();
		}
		return assessments.nextSteps(actor, household)
			.stream()
			.map(s -> new NextStepOption(s.id(), s.assessmentId(), s.text(), s.owner(), s.dueDate()))
			.toList();
	}

	@Override
	public List<AssessmentOption> assessments(Actor actor, HouseholdId household) {
		if (!access.mayRead(actor, household, HouseholdItem.ASSESSMENTS)) {
			return List.of();
		}
		return assessments.list(actor, household, new PageOf.Request(0, 20))
			.items()
			.stream()
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

package nl.kernteam.plan;

import java.util.List;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/** Until joint assessments exist, a plan starts without proposed safety goals. */
@Component
class NoAssessmentYet implements SafetyGoalSource {

	@Override
	public List<SafetyGoalOption> latest(Actor actor, HouseholdId household) {
		return List.of();
	}

	@Override
	public List<AssessmentOption> assessments(Actor actor, HouseholdId household) {
		return List.of();
	}
}

package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;

/**
 * Where a new plan finds the danger statements and safety goals it can answer: the latest
 * joint assessment.
 */
interface SafetyGoalSource {

	List<SafetyGoalOption> latest(Actor actor, HouseholdId household);

	/**
	 * The household's assessments, newest first, to link an evaluation to the one in
	 * which scales were asked again.
	 */
	List<AssessmentOption> assessments(Actor actor, HouseholdId household);

	/**
	 * Whether the assessment was held with this household, for a plan change that its
	 * caller has already checked and logged through {@code HouseholdAccess}; it reads no
	 * content.
	 */
	boolean isAssessmentOf(HouseholdId household, UUID assessment);

	/**
	 * Whether the danger statement is one of this household's assessment's, for a goal
	 * that answers it; as above.
	 */
	boolean isDangerStatementOf(HouseholdId household, UUID assessment, UUID dangerStatement);

	/**
	 * The next steps ("what needs to happen") of the latest joint assessment, to take
	 * over as agreements; empty for whoever may not read the assessments.
	 */
	List<NextStepOption> nextSteps(Actor actor, HouseholdId household);

	/** A next step of an assessment: what, who (free text) and by when. */
	record NextStepOption(UUID id, UUID assessmentId, String text, String owner, LocalDate dueDate) {
	}

	/** An assessment by its date. */
	record AssessmentOption(UUID id, LocalDate assessedOn) {
	}

	/** A danger statement with its paired safety goal, from an assessment on a date. */
	record SafetyGoalOption(UUID dangerStatementId, UUID assessmentId, LocalDate assessedOn, String dangerStatement,
			String safetyGoal) {
	}

}

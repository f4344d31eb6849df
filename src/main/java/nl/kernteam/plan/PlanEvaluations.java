package nl.kernteam.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Submissions;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluations of a household's plan and the versions they freeze: planning one, holding
 * it with the family, and adding a family member's view of a frozen version. The same
 * rules as {@link PlanManagement}: anyone in the household's network, an evaluation is
 * held once, a view is only ever added.
 *
 * @throws InvalidInputException for a missing or implausible date, an unknown assessment
 * or a view without words
 * @throws ConflictException for an evaluation held twice, or an id taken by another
 * household
 * @throws NotFoundException for an unknown evaluation or version of this household
 */
@Service
@Validated
@Transactional
class PlanEvaluations {

	private final Submissions submissions;

	private final PlanRepository plans;

	private final EvaluationRepository evaluations;

	private final PlanVersionRepository versions;

	private final SafetyGoalSource safetyGoals;

	private final PlanQueries queries;

	private final HouseholdAccess access;

	private final JsonMapper json;

	private final Clock clock;

	private final SafetyConditionRepository safety;

	PlanEvaluations(PlanRepository plans, EvaluationRepository evaluations, PlanVersionRepository versions,
			SafetyGoalSource safetyGoals, PlanQueries queries, HouseholdAccess access, JsonMapper json, Clock clock,
			Submissions submissions, SafetyConditionRepository safety) {
		this.submissions = submissions;
		this.safety = safety;
		this.plans = plans;
		this.evaluations = evaluations;
		this.versions = versions;
		this.safetyGoals = safetyGoals;
		this.queries = queries;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	public UUID planEvaluation(Actor actor, HouseholdId household, UUID id, @PlausibleDate LocalDate plannedOn) {
		access.write(actor, household, AccessAction.CREATE, "plan.evaluation");
		if (plannedOn == null) {
			throw new InvalidInputException("plannedOn", "plan.evaluation.date.required");
		}
		PlanManagement.checkNotTooFar(plannedOn, queries.today(), "plannedOn");
		if (plannedOn.getYear() < 2000) {
			throw new InvalidInputException("plannedOn", "plan.date.tooEarly");
		}
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		UUID evaluation = id == null ? UUID.randomUUID() : id;
		submissions.serialise(id);
		if (!evaluations.insertEvaluation(evaluation, household.value(), plannedOn, actor.professionalId(), now)
				&& !evaluations.evaluationExists(household.value(), evaluation)) {
			throw new ConflictException("error.idTaken");
		}
		return evaluation;
	}

	/**
	 * Holds an evaluation with the family: links the assessment in which the scales were
	 * asked again, may move the plan to its next phase, and freezes the plan into a
	 * version on which the family can give its view.
	 * @return the number of the frozen version
	 */
	public int holdEvaluation(Actor actor, HouseholdId household, UUID evaluationId, @Valid HoldEvaluation hold) {
		access.write(actor, household, AccessAction.UPDATE, "plan.evaluation:" + evaluationId);
		var evaluation = evaluations.evaluation(household.value(), evaluationId)
			.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		if (evaluation.heldOn() != null) {
			throw new ConflictException("plan.evaluation.alreadyHeld");
		}
		if (hold.heldOn().isAfter(queries.today())) {
			throw new InvalidInputException("heldOn", "plan.evaluation.heldOn.future");
		}
		if (hold.heldOn().getYear() < 2000) {
			throw new InvalidInputException("heldOn", "plan.date.tooEarly");
		}
		if (hold.nextOn() != null && !hold.nextOn().isAfter(hold.heldOn())) {
			throw new InvalidInputException("nextOn", "plan.evaluation.nextOn.notAfter");
		}
		PlanManagement.checkNotTooFar(hold.nextOn(), queries.today(), "nextOn");
		if (hold.assessmentId() != null && !safetyGoals.isAssessmentOf(household, hold.assessmentId())) {
			throw new InvalidInputException("assessmentId", "plan.evaluation.assessment.unknown");
		}
		var now = clock.instant();
		var before = plans.plan(household.value()).orElseThrow().phase();
		var after = Boolean.TRUE.equals(hold.nextPhase()) ? before.next() : before;
		// claim the evaluation first, so that a second request at the same moment freezes
		// nothing
		if (!evaluations.holdEvaluation(household.value(), evaluationId, hold.heldOn(), hold.assessmentId(),
				hold.notes(), before, after)) {
			throw new ConflictException("plan.evaluation.alreadyHeld");
		}
		if (after != before) {
			plans.movePhase(household.value(), after, actor.professionalId(), now);
			safety.followPhase(household.value(), after, queries.today(), actor.professionalId(), now);
		}
		int number = versions.freeze(household.value(), after, snapshot(household), evaluationId,
				actor.professionalId(), now);
		evaluations.linkVersion(evaluationId, number);
		if (hold.nextOn() != null) {
			// claimed above: held once, so the next one is planned once
			evaluations.insertEvaluation(UUID.randomUUID(), household.value(), hold.nextOn(), actor.professionalId(),
					now);
		}
		return number;
	}

	/**
	 * Adds one family member's view of a frozen version; earlier views stay as they were.
	 */
	public void recordFamilyView(Actor actor, HouseholdId household, int version, @Valid FamilyViewInput view) {
		access.write(actor, household, AccessAction.UPDATE, "plan.version:" + version);
		if (!versions.versionExists(household.value(), version)) {
			throw new NotFoundException("plan version " + version);
		}
		if (!Boolean.TRUE.equals(view.agrees()) && (view.words() == null || view.words().isBlank())) {
			throw new InvalidInputException("words", "plan.familyView.words.required");
		}
		submissions.serialise(view.id());
		versions.insertFamilyView(view.id() == null ? UUID.randomUUID() : view.id(), household.value(), version,
				view.memberName(), view.agrees(), view.words(), actor.professionalId(), clock.instant());
	}

	/** The plan as it stands, as a JSON document for its frozen version. */
	private String snapshot(HouseholdId household) {
		PlanDetails plan = queries.load(household.value());
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("phase", plan.phase());
		document.put("familyWords", plan.familyWords());
		document.put("goals", plan.goals());
		document.put("agreements", plan.agreements());
		document.put("frozenAt", Instant.now(clock).toString());
		return json.writeValueAsString(document);
	}

}

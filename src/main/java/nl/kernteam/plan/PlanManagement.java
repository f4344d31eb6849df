package nl.kernteam.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to a household's plan. Anyone in the household's network may change it; what was agreed is
 * never overwritten silently (a stale version is a {@link ConflictException}), and what the family said of a
 * frozen version is only ever added to.
 *
 * @throws InvalidInputException for missing words, an owner who is not in the family or network, an unknown
 *                               goal, or a due date in the past for a new agreement
 * @throws ConflictException     for a change based on a stale version, or an evaluation held twice
 * @throws NotFoundException     for an unknown goal, agreement, evaluation or version of this household
 */
@Service
@Validated
@Transactional
public class PlanManagement {

	private final PlanRepository plans;

	private final PlanQueries queries;

	private final PlanOwners owners;

	private final HouseholdAccess access;

	private final JsonMapper json;

	private final Clock clock;

	PlanManagement(PlanRepository plans, PlanQueries queries, PlanOwners owners, HouseholdAccess access, JsonMapper json,
			Clock clock) {
		this.plans = plans;
		this.queries = queries;
		this.owners = owners;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** Starts the plan (if needed) with goals, typically the safety goals of the latest assessment. */
	public void start(Actor actor, HouseholdId household, String familyWords, List<@Valid AddGoal> goals) {
		access.write(actor, household, AccessAction.CREATE, "plan");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		if (familyWords != null && !familyWords.isBlank()) {
			var plan = plans.plan(household.value()).orElseThrow();
			plans.updatePlan(household.value(), plan.phase(), familyWords.trim(), plan.version(), actor.professionalId(), now);
		}
		for (AddGoal goal : goals) {
			plans.insertGoal(goal.id() == null ? UUID.randomUUID() : goal.id(), household.value(), goal, actor.professionalId(), now);
		}
	}

	/** Changes the phase or the family's own summary. */
	public void change(Actor actor, HouseholdId household, @Valid ChangePlan change) {
		access.write(actor, household, AccessAction.UPDATE, "plan");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		if (!plans.updatePlan(household.value(), change.phase(), blankToNull(change.familyWords()), change.version(),
				actor.professionalId(), now)) {
			throw new ConflictException("plan.conflict");
		}
	}

	public UUID addGoal(Actor actor, HouseholdId household, @Valid AddGoal goal) {
		access.write(actor, household, AccessAction.CREATE, "plan.goal");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		UUID id = goal.id() == null ? UUID.randomUUID() : goal.id();
		plans.insertGoal(id, household.value(), goal, actor.professionalId(), now);
		plans.touch(household.value(), actor.professionalId(), now);
		return id;
	}

	public void updateGoal(Actor actor, HouseholdId household, UUID goal, @Valid UpdateGoal update) {
		access.write(actor, household, AccessAction.UPDATE, "plan.goal:" + goal);
		if (!plans.goalExists(household.value(), goal)) {
			throw new NotFoundException("goal " + goal);
		}
		if (!plans.updateGoal(household.value(), goal, update)) {
			throw new ConflictException("plan.conflict");
		}
		plans.touch(household.value(), actor.professionalId(), clock.instant());
	}

	public UUID addAgreement(Actor actor, HouseholdId household, @Valid AddAgreement agreement) {
		access.write(actor, household, AccessAction.CREATE, "plan.agreement");
		var now = clock.instant();
		UUID id = agreement.id() == null ? UUID.randomUUID() : agreement.id();
		if (plans.agreementExists(household.value(), id)) {
			return id; // the same form sent twice
		}
		checkGoal(household, agreement.goalId());
		if (agreement.dueDate() != null && agreement.dueDate().isBefore(queries.today())) {
			throw new InvalidInputException("dueDate", "plan.agreement.dueDate.past");
		}
		Owner owner = owners.resolve(actor, household, agreement.owner(), agreement.ownerRef());
		plans.ensure(household.value(), actor.professionalId(), now);
		plans.insertAgreement(id, household.value(), agreement.goalId(), agreement.description(), owner,
				agreement.dueDate(), actor.professionalId(), now);
		plans.touch(household.value(), actor.professionalId(), now);
		return id;
	}

	/** Changes an agreement as a whole: words, owner, date and status, based on the version that was read. */
	public void updateAgreement(Actor actor, HouseholdId household, UUID agreement, @Valid UpdateAgreement update) {
		access.write(actor, household, AccessAction.UPDATE, "plan.agreement:" + agreement);
		if (!plans.agreementExists(household.value(), agreement)) {
			throw new NotFoundException("agreement " + agreement);
		}
		checkGoal(household, update.goalId());
		Owner owner = owners.resolve(actor, household, update.owner(), update.ownerRef());
		var now = clock.instant();
		if (!plans.updateAgreement(household.value(), agreement, update, owner, actor.professionalId(), now)) {
			throw new ConflictException("plan.agreement.conflict");
		}
		plans.touch(household.value(), actor.professionalId(), now);
	}

	/** A progress note by whoever acts; a professional may write it on behalf of a family or network member. */
	public void addProgress(Actor actor, HouseholdId household, UUID agreement, String text, String onBehalfOf) {
		access.write(actor, household, AccessAction.UPDATE, "plan.agreement:" + agreement);
		if (!plans.agreementExists(household.value(), agreement)) {
			throw new NotFoundException("agreement " + agreement);
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "plan.progress.text.required");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("text", "plan.progress.text.tooLong");
		}
		plans.insertProgress(agreement, text, onBehalfOf, actor.professionalId(), clock.instant());
	}

	public UUID planEvaluation(Actor actor, HouseholdId household, UUID id, LocalDate plannedOn) {
		access.write(actor, household, AccessAction.CREATE, "plan.evaluation");
		if (plannedOn == null) {
			throw new InvalidInputException("plannedOn", "plan.evaluation.date.required");
		}
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		UUID evaluation = id == null ? UUID.randomUUID() : id;
		plans.insertEvaluation(evaluation, household.value(), plannedOn, actor.professionalId(), now);
		return evaluation;
	}

	/**
	 * Holds an evaluation with the family: links the assessment in which the scales were asked again, may move
	 * the plan to its next phase, and freezes the plan into a version on which the family can give its view.
	 *
	 * @return the number of the frozen version
	 */
	public int holdEvaluation(Actor actor, HouseholdId household, UUID evaluationId, @Valid HoldEvaluation hold) {
		access.write(actor, household, AccessAction.UPDATE, "plan.evaluation:" + evaluationId);
		var evaluation = plans.evaluation(household.value(), evaluationId)
			.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		if (evaluation.heldOn() != null) {
			throw new ConflictException("plan.evaluation.alreadyHeld");
		}
		if (hold.heldOn().isAfter(queries.today())) {
			throw new InvalidInputException("heldOn", "plan.evaluation.heldOn.future");
		}
		var now = clock.instant();
		var before = plans.plan(household.value()).orElseThrow().phase();
		var after = Boolean.TRUE.equals(hold.nextPhase()) ? before.next() : before;
		if (after != before) {
			plans.movePhase(household.value(), after, actor.professionalId(), now);
		}
		int number = plans.freeze(household.value(), after, snapshot(household), evaluationId, actor.professionalId(), now);
		plans.holdEvaluation(evaluationId, hold.heldOn(), hold.assessmentId(), hold.notes(), before, after, number);
		return number;
	}

	/** Adds one family member's view of a frozen version; earlier views stay as they were. */
	public void recordFamilyView(Actor actor, HouseholdId household, int version, @Valid FamilyViewInput view) {
		access.write(actor, household, AccessAction.UPDATE, "plan.version:" + version);
		if (!plans.versionExists(household.value(), version)) {
			throw new NotFoundException("plan version " + version);
		}
		if (!Boolean.TRUE.equals(view.agrees()) && (view.words() == null || view.words().isBlank())) {
			throw new InvalidInputException("words", "plan.familyView.words.required");
		}
		plans.insertFamilyView(household.value(), version, view.memberName(), view.agrees(), view.words(),
				actor.professionalId(), clock.instant());
	}

	private void checkGoal(HouseholdId household, UUID goal) {
		if (goal != null && !plans.goalExists(household.value(), goal)) {
			throw new InvalidInputException("goalId", "plan.goal.unknown");
		}
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

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}

package nl.kernteam.plan;

import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlainText;
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
import nl.kernteam.shared.Submissions;
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

	private final Submissions submissions;

	private final PlanRepository plans;

	private final GoalRepository goals;

	private final AgreementRepository agreements;

	private final EvaluationRepository evaluations;

	private final PlanVersionRepository versions;

	private final SafetyGoalSource safetyGoals;

	private final PlanQueries queries;

	private final PlanOwners owners;

	private final HouseholdAccess access;

	private final JsonMapper json;

	private final Clock clock;

	PlanManagement(PlanRepository plans, GoalRepository goals, AgreementRepository agreements,
			EvaluationRepository evaluations, PlanVersionRepository versions, SafetyGoalSource safetyGoals,
			PlanQueries queries, PlanOwners owners, HouseholdAccess access, JsonMapper json, Clock clock,
			Submissions submissions) {
		this.submissions = submissions;
		this.plans = plans;
		this.goals = goals;
		this.agreements = agreements;
		this.evaluations = evaluations;
		this.versions = versions;
		this.safetyGoals = safetyGoals;
		this.queries = queries;
		this.owners = owners;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** Starts the plan (if needed) with goals, typically the safety goals of the latest assessment. */
	public void start(Actor actor, HouseholdId household, @Size(max = 2000) @PlainText String familyWords,
			@Size(max = 50) List<@Valid AddGoal> goals) {
		access.write(actor, household, AccessAction.CREATE, "plan");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		if (familyWords != null && !familyWords.isBlank()) {
			var plan = plans.plan(household.value()).orElseThrow();
			plans.updatePlan(household.value(), plan.phase(), familyWords.trim(), plan.version(), actor.professionalId(), now);
		}
		for (AddGoal goal : goals) {
			checkDangerStatement(household, goal);
			// one goal per danger statement: starting the plan twice does not add it twice
			UUID id = goal.id() != null ? goal.id() : goal.dangerStatementId() == null ? UUID.randomUUID()
					: UUID.nameUUIDFromBytes((household + "/" + goal.dangerStatementId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			insertGoal(household, id, goal, actor, now);
		}
	}

	/** Changes the phase or the family's own summary. */
	public void change(Actor actor, HouseholdId household, @Valid ChangePlan change) {
		access.write(actor, household, AccessAction.UPDATE, "plan");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		if (!plans.updatePlan(household.value(), change.phase(), PlanRepository.blankToNull(change.familyWords()),
				change.version(), actor.professionalId(), now)) {
			throw new ConflictException("plan.conflict");
		}
	}

	public UUID addGoal(Actor actor, HouseholdId household, @Valid AddGoal goal) {
		access.write(actor, household, AccessAction.CREATE, "plan.goal");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		checkDangerStatement(household, goal);
		UUID id = goal.id() == null ? UUID.randomUUID() : goal.id();
		insertGoal(household, id, goal, actor, now);
		plans.touch(household.value(), actor.professionalId(), now);
		return id;
	}

	public void updateGoal(Actor actor, HouseholdId household, UUID goal, @Valid UpdateGoal update) {
		access.write(actor, household, AccessAction.UPDATE, "plan.goal:" + goal);
		if (!goals.goalExists(household.value(), goal)) {
			throw new NotFoundException("goal " + goal);
		}
		if (!goals.updateGoal(household.value(), goal, update)) {
			throw new ConflictException("plan.conflict");
		}
		plans.touch(household.value(), actor.professionalId(), clock.instant());
	}

	public AgreementId addAgreement(Actor actor, HouseholdId household, @Valid AddAgreement agreement) {
		access.write(actor, household, AccessAction.CREATE, "plan.agreement");
		var now = clock.instant();
		UUID id = agreement.id() == null ? UUID.randomUUID() : agreement.id();
		submissions.serialise(agreement.id());
		if (agreements.agreementExists(household.value(), id)) {
			return AgreementId.of(id); // the same form sent twice
		}
		checkGoal(household, agreement.goalId());
		if (agreement.dueDate() != null && agreement.dueDate().isBefore(queries.today())) {
			throw new InvalidInputException("dueDate", "plan.agreement.dueDate.past");
		}
		checkNotTooFar(agreement.dueDate(), "dueDate");
		Owner owner = owners.resolve(actor, household, agreement.owner(), agreement.ownerRef());
		plans.ensure(household.value(), actor.professionalId(), now);
		if (!agreements.insertAgreement(id, household.value(), agreement.goalId(), agreement.description(), owner,
				agreement.dueDate(), actor.professionalId(), now)) {
			if (agreements.agreementExists(household.value(), id)) {
				return AgreementId.of(id);
			}
			throw new ConflictException("error.idTaken"); // the id of another household's agreement
		}
		plans.touch(household.value(), actor.professionalId(), now);
		return AgreementId.of(id);
	}

	/** Changes an agreement as a whole: words, owner, date and status, based on the version that was read. */
	public void updateAgreement(Actor actor, HouseholdId household, AgreementId agreementId, @Valid UpdateAgreement update) {
		UUID agreement = agreementId.value();
		access.write(actor, household, AccessAction.UPDATE, "plan.agreement:" + agreement);
		if (!agreements.agreementExists(household.value(), agreement)) {
			throw new NotFoundException("agreement " + agreement);
		}
		checkGoal(household, update.goalId());
		checkNotTooFar(update.dueDate(), "dueDate");
		var stored = agreements.owner(household.value(), agreement).orElseThrow();
		boolean sameOwner = (update.ownerRef() != null && update.ownerRef().trim().equals(stored.ref()))
				|| ((update.ownerRef() == null || update.ownerRef().isBlank()) && (update.owner() == null
						|| update.owner().isBlank() || update.owner().trim().equalsIgnoreCase(stored.name())));
		// an owner who has left the network still owns what they agreed to
		Owner owner = sameOwner ? stored : owners.resolve(actor, household, update.owner(), update.ownerRef());
		var now = clock.instant();
		if (!agreements.updateAgreement(household.value(), agreement, update, owner, actor.professionalId(), now)) {
			throw new ConflictException("plan.agreement.conflict");
		}
		plans.touch(household.value(), actor.professionalId(), now);
	}

	/** A progress note by whoever acts; a professional may write it on behalf of a family or network member. */
	public void addProgress(Actor actor, HouseholdId household, AgreementId agreementId, UUID id,
			@Size(max = 2000) @PlainText String text, @Size(max = 200) @ReadableName String onBehalfOf) {
		UUID agreement = agreementId.value();
		access.write(actor, household, AccessAction.UPDATE, "plan.agreement:" + agreement);
		if (!agreements.agreementExists(household.value(), agreement)) {
			throw new NotFoundException("agreement " + agreement);
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "plan.progress.text.required");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("text", "plan.progress.text.tooLong");
		}
		submissions.serialise(id);
		agreements.insertProgress(id == null ? UUID.randomUUID() : id, agreement, text, onBehalfOf, actor.professionalId(),
				clock.instant());
	}

	public UUID planEvaluation(Actor actor, HouseholdId household, UUID id, @PlausibleDate LocalDate plannedOn) {
		access.write(actor, household, AccessAction.CREATE, "plan.evaluation");
		if (plannedOn == null) {
			throw new InvalidInputException("plannedOn", "plan.evaluation.date.required");
		}
		checkNotTooFar(plannedOn, "plannedOn");
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
	 * Holds an evaluation with the family: links the assessment in which the scales were asked again, may move
	 * the plan to its next phase, and freezes the plan into a version on which the family can give its view.
	 *
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
		if (hold.assessmentId() != null && !safetyGoals.isAssessmentOf(household, hold.assessmentId())) {
			throw new InvalidInputException("assessmentId", "plan.evaluation.assessment.unknown");
		}
		var now = clock.instant();
		var before = plans.plan(household.value()).orElseThrow().phase();
		var after = Boolean.TRUE.equals(hold.nextPhase()) ? before.next() : before;
		// claim the evaluation first, so that a second request at the same moment freezes nothing
		if (!evaluations.holdEvaluation(household.value(), evaluationId, hold.heldOn(), hold.assessmentId(), hold.notes(), before, after)) {
			throw new ConflictException("plan.evaluation.alreadyHeld");
		}
		if (after != before) {
			plans.movePhase(household.value(), after, actor.professionalId(), now);
		}
		int number = versions.freeze(household.value(), after, snapshot(household), evaluationId, actor.professionalId(), now);
		evaluations.linkVersion(evaluationId, number);
		return number;
	}

	/** Adds one family member's view of a frozen version; earlier views stay as they were. */
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

	private void insertGoal(HouseholdId household, UUID id, AddGoal goal, Actor actor, Instant now) {
		submissions.serialise(id);
		if (!goals.insertGoal(id, household.value(), goal, actor.professionalId(), now)
				&& !goals.goalExists(household.value(), id)) {
			throw new ConflictException("error.idTaken"); // the id of another household's goal
		}
	}

	/** A goal may only answer a danger statement of this household's own assessments. */
	private void checkDangerStatement(HouseholdId household, AddGoal goal) {
		if (goal.dangerStatementId() == null && goal.assessmentId() == null) {
			return;
		}
		if (goal.dangerStatementId() == null || goal.assessmentId() == null
				|| !safetyGoals.isDangerStatementOf(household, goal.assessmentId(), goal.dangerStatementId())) {
			throw new InvalidInputException("dangerStatementId", "plan.goal.dangerStatement.unknown");
		}
	}

	/** Agreements and evaluations lie within the next ten years; a date beyond that is a typing error. */
	private void checkNotTooFar(LocalDate date, String field) {
		if (date != null && date.isAfter(queries.today().plusYears(10))) {
			throw new InvalidInputException(field, "plan.date.tooFar");
		}
	}

	private void checkGoal(HouseholdId household, UUID goal) {
		if (goal != null && !goals.goalExists(household.value(), goal)) {
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
}

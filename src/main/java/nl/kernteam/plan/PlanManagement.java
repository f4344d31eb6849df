package nl.kernteam.plan;

import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlainText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.DraftRepository;
import nl.kernteam.shared.Submissions;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to a household's plan, its goals and agreements (evaluations and frozen
 * versions: {@code
 * PlanEvaluations}). Anyone in the household's network may change it; what was agreed is
 * never overwritten silently (a stale version is a {@link ConflictException}).
 *
 * @throws InvalidInputException for missing words, an owner who is not in the family or
 * network, an unknown goal, or a due date in the past for a new agreement
 * @throws ConflictException for a change based on a stale version
 * @throws NotFoundException for an unknown goal or agreement of this household
 */
@Service
@Validated
@Transactional
public class PlanManagement {

	private final Submissions submissions;

	private final PlanRepository plans;

	private final GoalRepository goals;

	private final AgreementRepository agreements;

	private final SafetyGoalSource safetyGoals;

	private final PlanQueries queries;

	private final PlanOwners owners;

	private final HouseholdAccess access;

	private final Clock clock;

	private final SafetyConditionRepository safety;

	private final DraftRepository drafts;

	PlanManagement(PlanRepository plans, GoalRepository goals, AgreementRepository agreements,
			SafetyGoalSource safetyGoals, PlanQueries queries, PlanOwners owners, HouseholdAccess access, Clock clock,
			Submissions submissions, SafetyConditionRepository safety, DraftRepository drafts) {
		this.drafts = drafts;
		this.submissions = submissions;
		this.safety = safety;
		this.plans = plans;
		this.goals = goals;
		this.agreements = agreements;
		this.safetyGoals = safetyGoals;
		this.queries = queries;
		this.owners = owners;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Starts the plan (if needed) with goals, typically the safety goals of the latest
	 * assessment.
	 */
	public void start(Actor actor, HouseholdId household, @Size(max = 2000) @PlainText String familyWords,
			@Size(max = 50) List<@Valid AddGoal> goals) {
		access.write(actor, household, AccessAction.CREATE, "plan");
		var now = clock.instant();
		plans.ensure(household.value(), actor.professionalId(), now);
		if (familyWords != null && !familyWords.isBlank()) {
			var plan = plans.plan(household.value()).orElseThrow();
			plans.updatePlan(household.value(), plan.phase(), familyWords.trim(), plan.version(),
					actor.professionalId(), now);
		}
		for (AddGoal goal : goals) {
			checkDangerStatement(household, goal);
			// one goal per danger statement: starting the plan twice does not add it
			// twice
			UUID id = goal.id() != null ? goal.id() : goal.dangerStatementId() == null ? UUID.randomUUID() : UUID
				.nameUUIDFromBytes(
						(household + "/" + goal.dangerStatementId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
		// the phase stays for API version 1; the status over time follows it
		safety.followPhase(household.value(), change.phase(), queries.today(), actor.professionalId(), now);
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
		if (agreement.nextStepId() != null) {
			var taken = agreements.fromNextStep(household.value(), agreement.nextStepId());
			if (taken.isPresent()) {
				return AgreementId.of(taken.get()); // taken over already, from another
													// tab
			}
			if (safetyGoals.nextSteps(actor, household)
				.stream()
				.noneMatch(s -> s.id().equals(agreement.nextStepId()))) {
				throw new InvalidInputException("nextStepId", "plan.nextStep.unknown");
			}
		}
		if (agreement.dueDate() != null && agreement.dueDate().isBefore(queries.today())) {
			throw new InvalidInputException("dueDate", "plan.agreement.dueDate.past");
		}
		checkNotTooFar(agreement.dueDate(), queries.today(), "dueDate");
		Owner owner = owners.resolve(actor, household, agreement.owner(), agreement.ownerRef());
		plans.ensure(household.value(), actor.professionalId(), now);
		if (!agreements.insertAgreement(id, household.value(), agreement.goalId(), agreement.description(), owner,
				agreement.dueDate(), agreement.nextStepId(), actor.professionalId(), now)) {
			if (agreements.agreementExists(household.value(), id)) {
				return AgreementId.of(id);
			}
			// the id of another household's agreement
			throw new ConflictException("error.idTaken");
		}
		plans.touch(household.value(), actor.professionalId(), now);
		return AgreementId.of(id);
	}

	/**
	 * Changes an agreement as a whole: words, owner, date and status, based on the
	 * version that was read.
	 */
	public void updateAgreement(Actor actor, HouseholdId household, AgreementId agreementId,
			@Valid UpdateAgreement update) {
		UUID agreement = agreementId.value();
		access.write(actor, household, AccessAction.UPDATE, "plan.agreement:" + agreement);
		if (!agreements.agreementExists(household.value(), agreement)) {
			throw new NotFoundException("agreement " + agreement);
		}
		checkGoal(household, update.goalId());
		checkNotTooFar(update.dueDate(), queries.today(), "dueDate");
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
		drafts.discard(actor.professionalId(), household.value(), "agreement:" + agreement);
		plans.touch(household.value(), actor.professionalId(), now);
	}

	/**
	 * A progress note by whoever acts; a professional may write it on behalf of a family
	 * or network member.
	 */
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
		agreements.insertProgress(id == null ? UUID.randomUUID() : id, agreement, text, onBehalfOf,
				actor.professionalId(), clock.instant());
	}

	private void insertGoal(HouseholdId household, UUID id, AddGoal goal, Actor actor, Instant now) {
		submissions.serialise(id);
		if (!goals.insertGoal(id, household.value(), goal, actor.professionalId(), now)
				&& !goals.goalExists(household.value(), id)) {
			// the id of another household's goal
			throw new ConflictException("error.idTaken");
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

	/**
	 * Agreements and evaluations lie within the next ten years; a date beyond that is a
	 * typing error.
	 */
	static void checkNotTooFar(LocalDate date, LocalDate today, String field) {
		if (date != null && date.isAfter(today.plusYears(10))) {
			throw new InvalidInputException(field, "plan.date.tooFar");
		}
	}

	private void checkGoal(HouseholdId household, UUID goal) {
		if (goal != null && !goals.goalExists(household.value(), goal)) {
			throw new InvalidInputException("goalId", "plan.goal.unknown");
		}
	}

}

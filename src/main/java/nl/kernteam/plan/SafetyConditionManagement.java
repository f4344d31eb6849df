package nl.kernteam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The minimum safety conditions agreed with the family, their checks, and the plan's
 * safety status over time. Who may write the plan may do each of these (the plan's own
 * access rule), and each is logged with the write.
 *
 * @throws InvalidInputException for a check or status dated in the future
 * @throws ConflictException for a check of the same condition, day and person that
 * answered otherwise, or an id taken by something else
 * @throws NotFoundException for a condition that is not this household's
 */
@Service
@Validated
@Transactional
public class SafetyConditionManagement {

	private final SafetyConditionRepository conditions;

	private final PlanRepository plans;

	private final HouseholdAccess access;

	private final Submissions submissions;

	private final Clock clock;

	SafetyConditionManagement(SafetyConditionRepository conditions, PlanRepository plans, HouseholdAccess access,
			Submissions submissions, Clock clock) {
		this.conditions = conditions;
		this.plans = plans;
		this.access = access;
		this.submissions = submissions;
		this.clock = clock;
	}

	public UUID addCondition(Actor actor, HouseholdId household, @Valid AddSafetyCondition condition) {
		access.write(actor, household, AccessAction.CREATE, "plan.safetyCondition");
		var now = clock.instant();
		LocalDate agreedOn = condition.agreedOn() == null ? today() : condition.agreedOn();
		notInTheFuture(agreedOn, "agreedOn");
		UUID id = condition.id() == null ? UUID.randomUUID() : condition.id();
		submissions.serialise(condition.id());
		plans.ensure(household.value(), actor.professionalId(), now);
		if (!conditions.insertCondition(id, household.value(), condition.text().trim(), agreedOn,
				actor.professionalId(), now) && !conditions.conditionExists(household.value(), id)) {
			throw new ConflictException("error.idTaken");
		}
		return id;
	}

	/**
	 * Records a check; the same check sent again (the same id, or the same condition,
	 * day, person and answer) records nothing more.
	 * @return the check's id
	 */
	public UUID recordCheck(Actor actor, HouseholdId household, UUID condition, @Valid RecordConditionCheck check) {
		access.write(actor, household, AccessAction.CREATE, "plan.safetyCondition:" + condition + ".check");
		if (!conditions.conditionExists(household.value(), condition)) {
			throw new NotFoundException("safety condition " + condition);
		}
		notInTheFuture(check.date(), "date");
		String by = check.by() == null || check.by().isBlank() ? actor.name() : check.by().trim();
		UUID id = check.id() == null ? UUID.randomUUID() : check.id();
		submissions.serialise(check.id());
		if (conditions.insertCheck(id, condition, check, by, actor.professionalId(), clock.instant())) {
			return id;
		}
		var earlier = conditions.earlierCheck(id, condition, check, by);
		if (earlier.isPresent() && earlier.get().conditionId().equals(condition)
				&& earlier.get().held() == check.held()) {
			return id; // the same check sent twice
		}
		throw new ConflictException("plan.check.exists");
	}

	public void setStatus(Actor actor, HouseholdId household, @Valid SetSafetyStatus status) {
		access.write(actor, household, AccessAction.UPDATE, "plan.safetyStatus");
		var now = clock.instant();
		LocalDate since = status.since() == null ? today() : status.since();
		notInTheFuture(since, "since");
		plans.ensure(household.value(), actor.professionalId(), now);
		conditions.insertStatus(household.value(), status.status(), since, actor.professionalId(), now);
	}

	private LocalDate today() {
		return AmsterdamTime.today(clock);
	}

	private void notInTheFuture(LocalDate date, String field) {
		if (date.isAfter(today())) {
			throw new InvalidInputException(field, "plan.check.date.future");
		}
	}

}

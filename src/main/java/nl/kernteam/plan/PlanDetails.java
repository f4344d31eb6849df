package nl.kernteam.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A household's plan as it stands: its phase, the family's own summary, goals,
 * agreements, evaluation moments and the versions frozen so far with the family's view of
 * each. A household without a plan yet shows an empty plan in the first phase at version
 * 0.
 *
 * @param safetyConditions the minimum safety conditions agreed with the family, each with
 * its checks (newest first)
 * @param safetyStatusHistory every change of the safety status, oldest first
 */
public record PlanDetails(UUID householdId, String householdName, boolean started, PlanPhase phase, String familyWords,
		int version, List<Goal> goals, List<Agreement> agreements, List<Evaluation> evaluations, List<Version> versions,
		List<SafetyCondition> safetyConditions, List<SafetyStatusChange> safetyStatusHistory) {

	/** The safety status now: the latest change; {@code null} before any. */
	@JsonProperty
	public SafetyStatus safetyStatus() {
		return safetyStatusHistory.isEmpty() ? null : safetyStatusHistory.get(safetyStatusHistory.size() - 1).status();
	}

	/** The safety conditions whose last check found them not held. */
	@JsonIgnore
	public long conditionsNotHeld() {
		return safetyConditions.stream().filter(c -> c.lastCheck() != null && !c.lastCheck().held()).count();
	}

	@JsonIgnore
	public List<Agreement> agreementsFor(UUID goalId) {
		return agreements.stream().filter(a -> goalId.equals(a.goalId())).toList();
	}

	@JsonIgnore
	public List<Agreement> agreementsWithoutGoal() {
		return agreements.stream().filter(a -> a.goalId() == null).toList();
	}

	@JsonIgnore
	public long overdue() {
		return agreements.stream().filter(Agreement::overdue).count();
	}

	@JsonIgnore
	public Evaluation nextEvaluation() {
		return evaluations.stream().filter(e -> e.heldOn() == null).findFirst().orElse(null);
	}

	/** Six weeks: the next evaluation proposed when there is no rhythm yet. */
	static final int DEFAULT_EVALUATION_INTERVAL_DAYS = 42;

	/**
	 * When to talk again after an evaluation held on {@code from}: the same interval as
	 * between the last two evaluations (two weeks to half a year), else six weeks.
	 */
	@JsonIgnore
	public LocalDate proposedNextEvaluation(LocalDate from) {
		long days = DEFAULT_EVALUATION_INTERVAL_DAYS;
		int n = evaluations.size();
		if (n >= 2) {
			var last = evaluations.get(n - 1);
			var before = evaluations.get(n - 2);
			LocalDate previous = before.heldOn() != null ? before.heldOn() : before.plannedOn();
			long gap = java.time.temporal.ChronoUnit.DAYS.between(previous, last.plannedOn());
			if (gap >= 14 && gap <= 183) {
				days = gap;
			}
		}
		return from.plusDays(days);
	}

	/**
	 * A goal in the family's own words, linked to the danger statement it answers or the
	 * life domain it is about.
	 */
	public record Goal(UUID id, String text, String explanation, UUID dangerStatementId, UUID assessmentId,
			String dangerStatement, int version, nl.kernteam.household.LifeDomain lifeDomain) {
	}

	/** Who does what by when, and how it went. */
	public record Agreement(UUID id, UUID goalId, String description, String owner, OwnerKind ownerKind, UUID ownerId,
			LocalDate dueDate, AgreementStatus status, int version, boolean overdue, List<Progress> progress) {

		public String ownerRef() {
			return new Owner(ownerKind, ownerId, owner, null).ref();
		}
	}

	/** A progress note on an agreement. */
	public record Progress(String text, String onBehalfOf, String recordedBy, Instant recordedAt) {
	}

	/** A moment on which the plan is reviewed with the family. */
	public record Evaluation(UUID id, LocalDate plannedOn, LocalDate heldOn, UUID assessmentId, String notes,
			PlanPhase phaseBefore, PlanPhase phaseAfter, Integer versionNumber) {
	}

	/** A frozen version and what the family said of it. */
	public record Version(int number, PlanPhase phase, Instant frozenAt, String frozenBy, List<FamilyView> views) {

		public boolean disputed() {
			return views.stream().anyMatch(v -> !v.agrees());
		}
	}

	/**
	 * A minimum safety condition agreed with the family; it stays in force and is checked
	 * on dates.
	 */
	public record SafetyCondition(UUID id, String text, LocalDate agreedOn, List<ConditionCheck> checks) {

		/** The latest check, or {@code null} while never checked. */
		@JsonProperty
		public ConditionCheck lastCheck() {
			return checks.isEmpty() ? null : checks.get(0);
		}
	}

	/**
	 * A check of a safety condition: on which day, held or not, by whom (a professional
	 * or family member), recorded by which professional.
	 */
	public record ConditionCheck(UUID id, LocalDate date, boolean held, String by, String note, String recordedBy,
			Instant recordedAt) {
	}

	/** The safety status from a date on, and who set it. */
	public record SafetyStatusChange(SafetyStatus status, LocalDate since, String setBy, Instant setAt) {
	}

	/** One family member's view of a version, in their own words. */
	public record FamilyView(String memberName, boolean agrees, String words, Instant recordedAt, String recordedBy) {
	}
}

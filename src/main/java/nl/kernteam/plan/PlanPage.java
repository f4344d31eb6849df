package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.household.LifeDomain;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.KeepsUnreadableValues;
import nl.kernteam.shared.web.Layouts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Fills the plan page and the agreement page, for every controller that shows them again
 * with a form's errors; the page's forms are the records below, each bound on its own,
 * and a form not being answered is shown blank.
 */
@Component
class PlanPage {

	private final PlanQueries queries;

	private final PlanOwners owners;

	private final SafetyGoalSource safetyGoals;

	private final HouseholdPageUnit unit;

	private final AgreementRepository agreements;

	private final PlanPageViews views;

	private final HouseholdAccess access;

	private final Layouts layouts;

	PlanPage(PlanQueries queries, PlanOwners owners, SafetyGoalSource safetyGoals, HouseholdPageUnit unit,
			AgreementRepository agreements, PlanPageViews views, Layouts layouts, HouseholdAccess access) {
		this.access = access;
		this.agreements = agreements;
		this.views = views;
		this.layouts = layouts;
		this.queries = queries;
		this.owners = owners;
		this.safetyGoals = safetyGoals;
		this.unit = unit;
	}

	/**
	 * The plan page as one unit of work (issue 19, {@link HouseholdPageUnit}): one
	 * transaction, one access decision that the plan, its owners and the assessments to
	 * choose from are answered from, one access-log row, the page's frame read with it.
	 */
	public View show(Actor actor, HouseholdId household, Model model) {
		return unit.read(actor, household, model, (decided) -> plan(actor, household, null, model).getView());
	}

	/**
	 * The plan page ({@code plan/page.jte}), with the form being answered open and its
	 * values and errors next to its fields.
	 * @param openForm the form being answered ({@code plan}, {@code goal}, ...), shown
	 * open; {@code null} for none
	 */
	ModelAndView plan(Actor actor, HouseholdId household, String openForm, Model model) {
		var plan = queries.plan(actor, household);
		var candidates = owners.candidates(actor, household);
		LocalDate today = queries.today();
		var view = views.of(
				new PlanPageViews.Content(plan, candidates, offered(actor, household, candidates),
						safetyGoals.assessments(actor, household), openForm, today, SubmissionIds.next(),
						plan.proposedNextEvaluation(today), access.mayAdd(actor, household, HouseholdItem.PLAN)),
				model);
		return new ModelAndView(layouts.page(view.title(), "plan/page.jte", view));
	}

	/**
	 * The agreement's own page; its form shows the stored agreement unless a posted one
	 * is being answered.
	 */
	String agreement(Actor actor, HouseholdId household, UUID agreementId, boolean conflict, Model model) {
		var plan = queries.plan(actor, household);
		var agreement = find(plan, agreementId);
		model.addAttribute("plan", plan);
		model.addAttribute("agreement", agreement);
		model.addAttribute("owners", owners.candidates(actor, household));
		model.addAttribute("conflict", conflict);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("newId", SubmissionIds.next());
		blank(model, "agreementForm", new AgreementUpdateForm(agreement.goalId(), agreement.description(),
				agreement.ownerRef(), agreement.dueDate(), agreement.status(), agreement.version()));
		blank(model, "progressForm", new ProgressForm(null, "", null));
		return "plan/agreement";
	}

	/**
	 * The next steps of the latest joint assessment the plan does not hold yet, each with
	 * the owner and date it proposes: one click takes a step over.
	 */
	private List<OfferedStep> offered(Actor actor, HouseholdId household, List<Owner> candidates) {
		var taken = agreements.takenNextSteps(household.value());
		LocalDate today = queries.today();
		return safetyGoals.nextSteps(actor, household)
			.stream()
			.filter(s -> !taken.contains(s.id()))
			.map(s -> new OfferedStep(s.id(), s.text(), s.owner(), proposedOwner(s.owner(), candidates),
					s.dueDate() == null || s.dueDate().isBefore(today) ? null : s.dueDate(), UUID.randomUUID()))
			.toList();
	}

	/**
	 * The owner the assessment's free text names: a candidate whose name or relation it
	 * holds (or who holds it); {@code null} when none does.
	 */
	static String proposedOwner(String named, List<Owner> candidates) {
		if (named == null || named.isBlank()) {
			return null;
		}
		String wanted = named.trim().toLowerCase(java.util.Locale.ROOT);
		for (var owner : candidates) {
			String name = owner.name().toLowerCase(java.util.Locale.ROOT);
			String detail = owner.detail() == null ? "" : owner.detail().toLowerCase(java.util.Locale.ROOT);
			if (wanted.contains(name) || name.contains(wanted)
					|| (!detail.isBlank() && (wanted.contains(detail) || detail.contains(wanted)))) {
				return owner.ref();
			}
		}
		return null;
	}

	static PlanDetails.Agreement find(PlanDetails plan, UUID agreementId) {
		return plan.agreements()
			.stream()
			.filter(a -> a.id().equals(agreementId))
			.findFirst()
			.orElseThrow(() -> new nl.kernteam.shared.NotFoundException("agreement " + agreementId));
	}

	private static void blank(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/** The plan's phase and the family's words, based on the version read. */
	@KeepsUnreadableValues
	record PlanForm(PlanPhase phase, String familyWords, Integer version) {
	}

	@KeepsUnreadableValues
	record GoalForm(UUID submissionId, String text, String explanation, LifeDomain lifeDomain) {
	}

	/**
	 * A new agreement; the owner select is named {@code ownerRef}, the field as the
	 * domain names it.
	 */
	@KeepsUnreadableValues
	record AgreementForm(UUID submissionId, UUID goalId, String description, @BindParam("ownerRef") String owner,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, UUID nextStepId) {
	}

	/**
	 * A next step of the joint assessment offered as an agreement, with the owner and
	 * date it proposes and the submission id of its own form.
	 */
	record OfferedStep(UUID id, String text, String named, String ownerRef, LocalDate dueDate, UUID submissionId) {
	}

	record AgreementUpdateForm(UUID goalId, String description, @BindParam("ownerRef") String owner,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, AgreementStatus status, Integer version) {
	}

	record ProgressForm(UUID submissionId, String text, String onBehalfOf) {
	}

	@KeepsUnreadableValues
	record EvaluationForm(UUID submissionId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn) {
	}

	@KeepsUnreadableValues
	record HoldForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, UUID assessmentId, String notes,
			Boolean nextPhase, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextOn) {
	}

	@KeepsUnreadableValues
	record ViewForm(UUID submissionId, String memberName, Boolean agrees, String words) {
	}

	@KeepsUnreadableValues
	record ConditionForm(UUID submissionId, String text) {
	}

	/** A check of one condition; {@code by} empty: the professional who records it. */
	@KeepsUnreadableValues
	record CheckForm(UUID submissionId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Boolean held,
			String by, String note) {
	}

	@KeepsUnreadableValues
	record StatusForm(SafetyStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
	}

}

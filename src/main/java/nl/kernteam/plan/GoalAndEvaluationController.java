package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals on the plan page, planning and holding evaluations, and the family's view of each plan version. */
@Controller
class GoalAndEvaluationController {

	private final PlanManagement management;

	private final FormErrors formErrors;

	private final PlanPage page;

	GoalAndEvaluationController(PlanManagement management, FormErrors formErrors, PlanPage page) {
		this.management = management;
		this.formErrors = formErrors;
		this.page = page;
	}

	@PostMapping("/households/{id}/plan/goals")
	String addGoal(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String explanation,
			@RequestParam(required = false) nl.kernteam.household.LifeDomain lifeDomain, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addGoal(actor, household, new AddGoal(submissionId, text, explanation, null, null, lifeDomain));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return page.plan(actor, household, Map.of("goalText", text, "goalExplanation", explanation),
					PlanPage.prefix("goal.", formErrors.of(e)), "goal", model);
		}
		redirect.addFlashAttribute("notice", "plan.goal.added");
		return "redirect:/households/" + id + "/plan#goals";
	}

	@PostMapping("/households/{id}/plan/evaluations")
	String planEvaluation(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.planEvaluation(actor, household, submissionId, plannedOn);
		}
		catch (InvalidInputException e) {
			return page.plan(actor, household, Map.of(), PlanPage.prefix("evaluation.", formErrors.of(e)), "evaluation", model);
		}
		redirect.addFlashAttribute("notice", "plan.evaluation.planned");
		return "redirect:/households/" + id + "/plan#evaluations";
	}

	@PostMapping("/households/{id}/plan/evaluations/{evaluationId}")
	String holdEvaluation(Actor actor, @PathVariable UUID id, @PathVariable UUID evaluationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) UUID assessmentId, @RequestParam(defaultValue = "") String notes,
			@RequestParam(defaultValue = "false") boolean nextPhase, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.holdEvaluation(actor, household, evaluationId, new HoldEvaluation(heldOn, assessmentId, notes, nextPhase));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return page.plan(actor, household, Map.of("evaluationId", evaluationId.toString(), "notes", notes),
					PlanPage.prefix("hold.", formErrors.of(e)), "hold", model);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusal", e.getMessage());
			return "redirect:/households/" + id + "/plan#evaluations";
		}
		redirect.addFlashAttribute("notice", "plan.evaluation.held");
		return "redirect:/households/" + id + "/plan#versions";
	}

	@PostMapping("/households/{id}/plan/versions/{number}/views")
	String familyView(Actor actor, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(required = false) UUID submissionId, @RequestParam(defaultValue = "") String memberName, @RequestParam(required = false) Boolean agrees,
			@RequestParam(defaultValue = "") String words, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.recordFamilyView(actor, household, number, new FamilyViewInput(submissionId, memberName, agrees, words));
		}
		catch (InvalidInputException | ConstraintViolationException e) {
			return page.plan(actor, household, Map.of("viewVersion", String.valueOf(number), "memberName", memberName,
					"words", words, "agrees", String.valueOf(agrees)), PlanPage.prefix("view.", formErrors.of(e)), "view", model);
		}
		redirect.addFlashAttribute("notice", "plan.familyView.recordedNotice");
		return "redirect:/households/" + id + "/plan#versions";
	}
}

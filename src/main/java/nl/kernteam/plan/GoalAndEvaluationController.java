package nl.kernteam.plan;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Goals on the plan page, planning and holding evaluations, and the family's view of each
 * plan version.
 */
@Controller
class GoalAndEvaluationController {

	private final PlanManagement management;

	private final PlanEvaluations evaluations;

	private final PlanPage page;

	GoalAndEvaluationController(PlanManagement management, PlanEvaluations evaluations, PlanPage page) {
		this.management = management;
		this.evaluations = evaluations;
		this.page = page;
	}

	@PostMapping("/households/{id}/plan/goals")
	ModelAndView addGoal(Actor actor, @PathVariable UUID id, @ModelAttribute("goalForm") PlanPage.GoalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addGoal(actor, household,
					new AddGoal(form.submissionId(), form.text(), form.explanation(), null, null, form.lifeDomain()));
			redirect.addFlashAttribute("notice", "plan.goal.added");
			return new ModelAndView("redirect:/households/" + id + "/plan#goals");
		}, () -> page.plan(actor, household, "goal", model));
	}

	@PostMapping("/households/{id}/plan/evaluations")
	ModelAndView planEvaluation(Actor actor, @PathVariable UUID id,
			@ModelAttribute("evaluationForm") PlanPage.EvaluationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			evaluations.planEvaluation(actor, household, form.submissionId(), form.plannedOn());
			redirect.addFlashAttribute("notice", "plan.evaluation.planned");
			return new ModelAndView("redirect:/households/" + id + "/plan#evaluations");
		}, () -> page.plan(actor, household, "evaluation", model));
	}

	@PostMapping("/households/{id}/plan/evaluations/{evaluationId}")
	ModelAndView holdEvaluation(Actor actor, @PathVariable UUID id, @PathVariable UUID evaluationId,
			@ModelAttribute("holdForm") PlanPage.HoldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		model.addAttribute("holdEvaluationId", evaluationId);
		return Forms.submit(result, () -> {
			evaluations.holdEvaluation(actor, household, evaluationId, new HoldEvaluation(form.heldOn(),
					form.assessmentId(), form.notes(), Boolean.TRUE.equals(form.nextPhase()), form.nextOn()));
			redirect.addFlashAttribute("notice", "plan.evaluation.held");
			return new ModelAndView("redirect:/households/" + id + "/plan#versions");
		}, () -> page.plan(actor, household, "hold", model), conflict -> {
			redirect.addFlashAttribute("refusal", conflict.getMessage());
			return new ModelAndView("redirect:/households/" + id + "/plan#evaluations");
		});
	}

	@PostMapping("/households/{id}/plan/versions/{number}/views")
	ModelAndView familyView(Actor actor, @PathVariable UUID id, @PathVariable int number,
			@ModelAttribute("viewForm") PlanPage.ViewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		model.addAttribute("viewVersion", number);
		return Forms.submit(result, () -> {
			evaluations.recordFamilyView(actor, household, number,
					new FamilyViewInput(form.submissionId(), form.memberName(), form.agrees(), form.words()));
			redirect.addFlashAttribute("notice", "plan.familyView.recordedNotice");
			return new ModelAndView("redirect:/households/" + id + "/plan#versions");
		}, () -> page.plan(actor, household, "view", model));
	}

}

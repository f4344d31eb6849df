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
 * The plan page's safety part: adding a minimum safety condition, recording a check of
 * one, and changing the safety status.
 */
@Controller
class SafetyConditionController {

	private final SafetyConditionManagement safety;

	private final PlanPage page;

	SafetyConditionController(SafetyConditionManagement safety, PlanPage page) {
		this.safety = safety;
		this.page = page;
	}

	@PostMapping("/households/{id}/plan/conditions")
	ModelAndView addCondition(Actor actor, @PathVariable UUID id,
			@ModelAttribute("conditionForm") PlanPage.ConditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			safety.addCondition(actor, household, new AddSafetyCondition(form.submissionId(), form.text(), null));
			redirect.addFlashAttribute("notice", "plan.condition.added");
			return new ModelAndView("redirect:/households/" + id + "/plan#safety");
		}, () -> page.plan(actor, household, "condition", model));
	}

	@PostMapping("/households/{id}/plan/conditions/{conditionId}/checks")
	ModelAndView check(Actor actor, @PathVariable UUID id, @PathVariable UUID conditionId,
			@ModelAttribute("checkForm") PlanPage.CheckForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		model.addAttribute("checkConditionId", conditionId);
		return Forms.submit(result, () -> {
			safety.recordCheck(actor, household, conditionId,
					new RecordConditionCheck(form.submissionId(), form.date(), form.held(), form.by(), form.note()));
			redirect.addFlashAttribute("notice", "plan.check.recorded");
			return new ModelAndView("redirect:/households/" + id + "/plan#condition-" + conditionId);
		}, () -> page.plan(actor, household, "check", model));
	}

	@PostMapping("/households/{id}/plan/safety-status")
	ModelAndView status(Actor actor, @PathVariable UUID id, @ModelAttribute("statusForm") PlanPage.StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			safety.setStatus(actor, household, new SetSafetyStatus(form.status(), form.since()));
			redirect.addFlashAttribute("notice", "plan.status.changed");
			return new ModelAndView("redirect:/households/" + id + "/plan#safety");
		}, () -> page.plan(actor, household, "status", model));
	}

}

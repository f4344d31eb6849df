package nl.kernteam.plan;

import java.util.UUID;

import nl.kernteam.household.ChangeForm;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's agreements: adding one, editing one on its own page, its status and its
 * progress.
 */
@Controller
class AgreementController {

	private final PlanQueries queries;

	private final PlanManagement management;

	private final PlanPage page;

	AgreementController(PlanQueries queries, PlanManagement management, PlanPage page) {
		this.queries = queries;
		this.management = management;
		this.page = page;
	}

	@PostMapping("/households/{id}/plan/agreements")
	ModelAndView addAgreement(Actor actor, @PathVariable UUID id,
			@ModelAttribute("agreementForm") PlanPage.AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addAgreement(actor, household, new AddAgreement(form.submissionId(), form.goalId(),
					form.description(), null, form.owner(), form.dueDate(), form.nextStepId()));
			redirect.addFlashAttribute("notice", "plan.agreement.added");
			return new ModelAndView("redirect:/households/" + id + "/plan#agreements");
		}, () -> page.plan(actor, household, "agreement", model));
	}

	/**
	 * The status alone, from the plan page: the rest of the agreement stays as stored.
	 */
	@PostMapping("/households/{id}/plan/agreements/{agreementId}/status")
	String status(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@RequestParam AgreementStatus status, @RequestParam int version, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var agreement = PlanPage.find(queries.plan(actor, household), agreementId);
		var form = new PlanPage.AgreementUpdateForm(agreement.goalId(), agreement.description(), agreement.ownerRef(),
				agreement.dueDate(), status, version);
		var result = new BeanPropertyBindingResult(form, "agreementForm");
		model.addAttribute("agreementForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "agreementForm", result);
		return update(actor, household, agreementId, form, result, model, redirect);
	}

	@GetMapping("/households/{id}/plan/agreements/{agreementId}")
	@ChangeForm(HouseholdItem.PLAN)
	String agreementForm(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId, Model model) {
		return page.agreement(actor, HouseholdId.of(id), agreementId, false, model);
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}")
	String updateAgreement(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@ModelAttribute("agreementForm") PlanPage.AgreementUpdateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return update(actor, HouseholdId.of(id), agreementId, form, result, model, redirect);
	}

	private String update(Actor actor, HouseholdId household, UUID agreementId, PlanPage.AgreementUpdateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.updateAgreement(actor, household, AgreementId.of(agreementId), new UpdateAgreement(form.goalId(),
					form.description(), null, form.owner(), form.dueDate(), form.status(), form.version()));
			redirect.addFlashAttribute("notice", "plan.agreement.saved");
			return "redirect:/households/" + household + "/plan#agreement-" + agreementId;
		}, () -> page.agreement(actor, household, agreementId, false, model), conflict -> {
			// what is stored now is shown above the user's own input, which may be saved
			// on top of it
			Forms.conflictStatus();
			return page.agreement(actor, household, agreementId, true, model);
		});
	}

	@PostMapping("/households/{id}/plan/agreements/{agreementId}/progress")
	String progress(Actor actor, @PathVariable UUID id, @PathVariable UUID agreementId,
			@ModelAttribute("progressForm") PlanPage.ProgressForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addProgress(actor, household, AgreementId.of(agreementId), form.submissionId(), form.text(),
					form.onBehalfOf());
			redirect.addFlashAttribute("notice", "plan.progress.added");
			return "redirect:/households/" + id + "/plan#agreement-" + agreementId;
		}, () -> page.agreement(actor, household, agreementId, false, model));
	}

}

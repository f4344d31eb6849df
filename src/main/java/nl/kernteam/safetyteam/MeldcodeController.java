package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meldcode trail's page on a household: its steps, the weighing and the decision. */
@Controller
class MeldcodeController {

	/** Adult services, for whom the page puts the child check first. */
	static final Set<OrganisationType> ADULT_SERVICES = EnumSet.of(OrganisationType.MENTAL_HEALTH,
			OrganisationType.ADDICTION_CARE, OrganisationType.PROBATION, OrganisationType.POLICE);

	private final MeldcodeManagement management;

	MeldcodeController(MeldcodeManagement management) {
		this.management = management;
	}

	@GetMapping("/households/{id}/meldcode")
	String show(Actor actor, @PathVariable UUID id, Model model) {
		return page(actor, HouseholdId.of(id), model);
	}

	@PostMapping("/households/{id}/meldcode/steps")
	String step(Actor actor, @PathVariable UUID id, @ModelAttribute("stepForm") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		if (form.step() == null) {
			result.rejectValue("step", "safetyteam.meldcode.step.required");
		}
		return Forms.submit(result, () -> {
			management.recordStep(actor, household, form.step(), new RecordMeldcodeStep(form.doneOn(), form.notes()));
			redirect.addFlashAttribute("notice", "safetyteam.meldcode.saved");
			return "redirect:/households/" + id + "/meldcode#steps";
		}, () -> page(actor, household, model));
	}

	@PostMapping("/households/{id}/meldcode/child-check")
	String childCheck(Actor actor, @PathVariable UUID id, @ModelAttribute("childCheckForm") ChildCheckForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.recordChildCheck(actor, household,
					new RecordChildCheck(form.checkedOn(), form.hasChildren(), form.childrenSafe(), form.notes()));
			redirect.addFlashAttribute("notice", "safetyteam.meldcode.saved");
			return "redirect:/households/" + id + "/meldcode#child-check";
		}, () -> page(actor, household, model));
	}

	@PostMapping("/households/{id}/meldcode/weighing")
	String weighing(Actor actor, @PathVariable UUID id, @ModelAttribute("weighingForm") AnswerMeldcodeWeighing form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.answer(actor, household, form);
			redirect.addFlashAttribute("notice", "safetyteam.meldcode.saved");
			return "redirect:/households/" + id + "/meldcode#weighing";
		}, () -> page(actor, household, model));
	}

	@PostMapping("/households/{id}/meldcode/decision")
	String decide(Actor actor, @PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.decide(actor, household, new DecideMeldcode(form.decision(), form.decidedOn()));
			redirect.addFlashAttribute("notice", "safetyteam.meldcode.saved");
			return "redirect:/households/" + id + "/meldcode#decision";
		}, () -> page(actor, household, model));
	}

	private String page(Actor actor, HouseholdId household, Model model) {
		var trail = management.trail(actor, household);
		model.addAttribute("trail", trail);
		model.addAttribute("steps", MeldcodeStep.values());
		model.addAttribute("decisions", MeldcodeDecision.values());
		model.addAttribute("adultServices", ADULT_SERVICES.contains(actor.organisationType()));
		if (!model.containsAttribute("childCheckForm")) {
			var check = trail.childCheck();
			model.addAttribute("childCheckForm", check == null ? new ChildCheckForm(null, null, null, "")
					: new ChildCheckForm(check.checkedOn(), check.hasChildren(), check.childrenSafe(), check.notes()));
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm(null, null, ""));
		}
		if (!model.containsAttribute("weighingForm")) {
			model.addAttribute("weighingForm", trail.weighing());
		}
		var answers = (AnswerMeldcodeWeighing) model.getAttribute("weighingForm");
		model.addAttribute("questions",
				List.of(new Question("suspicion", answers.suspicion()), new Question("unsafety", answers.unsafety()),
						new Question("helpPossible", answers.helpPossible()),
						new Question("helpAccepted", answers.helpAccepted()),
						new Question("helpResults", answers.helpResults())));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm(null, null));
		}
		return "safetyteam/meldcode";
	}

	record ChildCheckForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn, Boolean hasChildren,
			Boolean childrenSafe, String notes) {
	}

	record StepForm(MeldcodeStep step, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn, String notes) {
	}

	/** A weighing question by its field name, with its answer. */
	record Question(String name, Boolean answer) {
	}

	record DecisionForm(MeldcodeDecision decision, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
	}

}

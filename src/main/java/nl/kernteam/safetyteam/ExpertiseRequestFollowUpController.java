package nl.kernteam.safetyteam;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After acceptance, from the network page: the professional who joined records the
 * answer; the contact person or the director extends the time box.
 */
@Controller
@RequiresRole(Role.PROFESSIONAL)
class ExpertiseRequestFollowUpController {

	private final ExpertiseRequestQueries queries;

	private final ExpertiseRequestManagement management;

	private final HouseholdAccess access;

	ExpertiseRequestFollowUpController(ExpertiseRequestQueries queries, ExpertiseRequestManagement management,
			HouseholdAccess access) {
		this.queries = queries;
		this.management = management;
		this.access = access;
	}

	@GetMapping("/expertise-requests/{id}/answer")
	String answerForm(Actor actor, @PathVariable UUID id, Model model) {
		var request = queries.one(actor, id);
		if (!actor.professionalId().equals(request.professionalId())) {
			throw new ForbiddenException("safetyteam.request.answer.joinedOnly");
		}
		model.addAttribute("form", new ExpertiseRequestAnswer(request.answer()));
		model.addAttribute("request", request);
		return "safetyteam/answer";
	}

	@PostMapping("/expertise-requests/{id}/answer")
	String answer(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ExpertiseRequestAnswer form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(actor, id, result, () -> management.answer(actor, id, form), "safetyteam.answer.saved",
				"safetyteam/answer", model, redirect);
	}

	@GetMapping("/expertise-requests/{id}/extend")
	String extendForm(Actor actor, @PathVariable UUID id, Model model) {
		var request = queries.one(actor, id);
		if (!access.mayAdd(actor, HouseholdId.of(request.householdId()), HouseholdItem.NETWORK_MANAGEMENT)) {
			throw new ForbiddenException("household.network.managersOnly");
		}
		model.addAttribute("form", new ExpertiseRequestExtension(request.until()));
		model.addAttribute("request", request);
		return "safetyteam/extend";
	}

	@PostMapping("/expertise-requests/{id}/extend")
	String extend(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ExpertiseRequestExtension form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return submit(actor, id, result, () -> management.extend(actor, id, form), "safetyteam.extend.saved",
				"safetyteam/extend", model, redirect);
	}

	/** Back to the network page after the change, or the form again with its errors. */
	private String submit(Actor actor, UUID id, BindingResult result, Runnable change, String notice, String form,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			change.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/households/" + queries.one(actor, id).householdId() + "/network";
		}, () -> {
			model.addAttribute("request", queries.one(actor, id));
			return form;
		});
	}

}

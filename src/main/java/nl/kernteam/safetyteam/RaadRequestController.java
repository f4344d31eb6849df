package nl.kernteam.safetyteam;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.ChangeForm;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a request for investigation to the Raad from the legal track. */
@Controller
class RaadRequestController {

	private final LegalStepManagement management;

	RaadRequestController(LegalStepManagement management) {
		this.management = management;
	}

	@GetMapping("/households/{id}/raad-requests/new")
	@ChangeForm(HouseholdItem.LEGAL_TRACK)
	String form(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("form", RaadRequestInput.Request.blank());
		model.addAttribute("householdId", id);
		return "safetyteam/raad-request";
	}

	@PostMapping("/households/{id}/raad-requests")
	String request(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") RaadRequestInput.Request form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.request(actor, HouseholdId.of(id), form);
			redirect.addFlashAttribute("notice", "safetyteam.raad.saved");
			return "redirect:/households/" + id + "/court-orders#raad-heading";
		}, () -> {
			model.addAttribute("householdId", id);
			return "safetyteam/raad-request";
		});
	}

}

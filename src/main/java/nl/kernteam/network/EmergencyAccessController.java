package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
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

/**
 * Break the glass: the page where a professional outside the network asks for emergency
 * access.
 */
@Controller
@RequiresRole(Role.PROFESSIONAL) // only professionals break the glass
class EmergencyAccessController {

	private final EmergencyAccessManagement management;

	EmergencyAccessController(EmergencyAccessManagement management) {
		this.management = management;
	}

	@OutsideNetwork
	@GetMapping("/households/{id}/emergency-access")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("householdId", id);
		model.addAttribute("form", ReasonForm.blank());
		return "network/emergency";
	}

	@OutsideNetwork
	@PostMapping("/households/{id}/emergency-access")
	String request(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ReasonForm form,
			BindingResult result, Model model) {
		model.addAttribute("householdId", id);
		return Forms.submit(result, () -> {
			management.requestEmergencyAccess(actor, HouseholdId.of(id), form.reason());
			return "redirect:/households/" + id;
			// nothing to break: it is seen already
		}, () -> "network/emergency", alreadyInvolved -> "redirect:/households/" + id);
	}

}

package nl.kernteam.network;

import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.FormErrors;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Break the glass: the page where a professional outside the network asks for emergency access. */
@Controller
@RequiresRole(Role.PROFESSIONAL) // only professionals break the glass
class EmergencyAccessController {

	private final NetworkManagement management;

	private final FormErrors formErrors;

	EmergencyAccessController(NetworkManagement management, FormErrors formErrors) {
		this.management = management;
		this.formErrors = formErrors;
	}

	@OutsideNetwork
	@GetMapping("/households/{id}/emergency-access")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("householdId", id);
		model.addAttribute("values", Map.of("reason", ""));
		model.addAttribute("errors", Map.of());
		return "network/emergency";
	}

	@OutsideNetwork
	@PostMapping("/households/{id}/emergency-access")
	String request(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			management.requestEmergencyAccess(actor, HouseholdId.of(id), reason);
		}
		catch (InvalidInputException e) {
			model.addAttribute("householdId", id);
			model.addAttribute("values", Map.of("reason", reason));
			model.addAttribute("errors", formErrors.of(e));
			return "network/emergency";
		}
		catch (ConflictException alreadyInvolved) {
			// nothing to break: the professional sees the household already
		}
		return "redirect:/households/" + id;
	}
}

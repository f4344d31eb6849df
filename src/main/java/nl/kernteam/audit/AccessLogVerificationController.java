package nl.kernteam.audit;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The privacy officer's page to check that nobody changed or removed rows of the access
 * log.
 */
@Controller
class AccessLogVerificationController {

	private final AccessLogIntegrity integrity;

	AccessLogVerificationController(AccessLogIntegrity integrity) {
		this.integrity = integrity;
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@GetMapping("/privacy/verification")
	String show() {
		return "audit/verification";
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@PostMapping("/privacy/verification")
	String verify(Actor actor, Model model) {
		model.addAttribute("result", integrity.verify(actor));
		return "audit/verification";
	}

}

package nl.kernteam.portal;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The privacy officer grants a family's request to destroy its file: {@code POST
 * /api/v1/destruction-requests/{id}/grant {reason}}, or the form on the data requests'
 * desk. An open file answers 409.
 */
@Controller
class DestructionRequestController {

	private static final String DESK = "/privacy/data-requests";

	private final DestructionRequests requests;

	DestructionRequestController(DestructionRequests requests) {
		this.requests = requests;
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@PostMapping("/api/v1/destruction-requests/{id}/grant")
	@ResponseBody
	Map<String, Object> grant(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody DestructionRequests.GrantDestruction grant) {
		var household = requests.grant(actor, id, grant);
		return Map.of("householdId", household.value(), "destroyed", true);
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@PostMapping(DESK + "/{id}/destroy")
	String grantOnDesk(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			requests.grant(actor, id, new DestructionRequests.GrantDestruction(reason));
			redirect.addFlashAttribute("notice", "portal.pro.destruction.done");
		}
		catch (ConstraintViolationException invalid) {
			redirect.addFlashAttribute("destroyId", id);
			redirect.addFlashAttribute("destroyError",
					reason.isBlank() ? "portal.pro.destruction.reason.required" : "validation.reason.tooLong");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("destroyId", id);
			redirect.addFlashAttribute("destroyError", conflict.getMessage());
		}
		return "redirect:" + DESK;
	}

}

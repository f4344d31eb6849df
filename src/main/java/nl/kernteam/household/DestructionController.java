package nl.kernteam.household;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The privacy officer's record of destroyed files: a page and {@code GET
 * /api/v1/destructions}, newest first. It names households by id only.
 */
@Controller
class DestructionController {

	private final HouseholdDestructions destructions;

	DestructionController(HouseholdDestructions destructions) {
		this.destructions = destructions;
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@GetMapping("/api/v1/destructions")
	@ResponseBody
	PageOf<HouseholdDestruction> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return destructions.page(actor, new PageOf.Request(page, size));
	}

	@RequiresRole(Role.PRIVACY_OFFICER)
	@GetMapping("/privacy/destructions")
	String page(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("destructions", destructions.page(actor, new PageOf.Request(page, 20)));
		return "household/destructions";
	}

	@Bean
	static NavigationItem destructionNavigation() {
		return new NavigationItem("/privacy/destructions", "destruction.nav", 79, Role.PRIVACY_OFFICER);
	}

}

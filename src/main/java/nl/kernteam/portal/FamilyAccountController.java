package nl.kernteam.portal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The contact person's buttons for family accounts. Inviting and a new code answer with
 * the letter to print or read out: the one-time code is on it, and only there, once; the
 * page is never stored by the browser.
 */
@Controller
class FamilyAccountController {

	private final FamilyAccountManagement management;

	FamilyAccountController(FamilyAccountManagement management) {
		this.management = management;
	}

	@PostMapping("/households/{id}/family-accounts")
	String invite(Actor actor, @PathVariable UUID id, @RequestParam UUID memberId, Model model,
			HttpServletResponse response) {
		var invitation = management.invite(actor, HouseholdId.of(id), memberId);
		return letter(actor, id, invitation, model, response);
	}

	@PostMapping("/households/{id}/family-accounts/{accountId}/code")
	String newCode(Actor actor, @PathVariable UUID id, @PathVariable UUID accountId, Model model,
			HttpServletResponse response) {
		var invitation = management.newCode(actor, HouseholdId.of(id), accountId);
		return letter(actor, id, invitation, model, response);
	}

	@PostMapping("/households/{id}/family-accounts/{accountId}/end")
	String end(Actor actor, @PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes redirect) {
		management.end(actor, HouseholdId.of(id), accountId);
		redirect.addFlashAttribute("notice", "portal.pro.ended");
		return "redirect:/households/" + id;
	}

	private String letter(Actor actor, UUID household, FamilyAccounts.Invitation invitation, Model model,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("letter", management.letter(actor, HouseholdId.of(household), invitation));
		model.addAttribute("activationAddress",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/family/activate").toUriString());
		return "portal/letter";
	}

}

package nl.kernteam.portal;

import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The core team answers the family's messages from the household page. */
@Controller
class FamilyMessageAnswerController {

	private final FamilyMessages messages;

	FamilyMessageAnswerController(FamilyMessages messages) {
		this.messages = messages;
	}

	@PostMapping("/households/{id}/family-messages")
	String answer(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		try {
			messages.answer(actor, HouseholdId.of(id), text);
			redirect.addFlashAttribute("notice", "portal.pro.section.sent");
		}
		catch (ConstraintViolationException refused) {
			redirect.addFlashAttribute("notice", "portal.pro.section.empty");
		}
		return "redirect:/households/" + id + "#family-voice";
	}

}

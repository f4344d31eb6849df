package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.FormErrors;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The privacy officer's page of emergency accesses to review. */
@Controller
@RequiresRole(Role.PRIVACY_OFFICER)
class EmergencyAccessReviewController {

	private final EmergencyAccessReviews reviews;

	private final FormErrors formErrors;

	EmergencyAccessReviewController(EmergencyAccessReviews reviews, FormErrors formErrors) {
		this.reviews = reviews;
		this.formErrors = formErrors;
	}

	@GetMapping("/privacy/emergency-accesses")
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accesses", reviews.list(actor, new PageOf.Request(page, 20)));
		return "network/emergency-reviews";
	}

	@PostMapping("/privacy/emergency-accesses/{id}/review")
	String review(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String finding,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		try {
			reviews.review(actor, id, finding);
			redirect.addFlashAttribute("notice", "network.emergency.review.done");
		}
		catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
			// the service's one parameter is the form's one field
			var errors = new java.util.LinkedHashMap<String, String>();
			formErrors.of(e).forEach((field, text) -> errors.putIfAbsent(field.isEmpty() ? "finding" : field, text));
			redirect.addFlashAttribute("reviewErrors", errors);
			redirect.addFlashAttribute("reviewId", id);
		}
		return "redirect:/privacy/emergency-accesses?page=" + Math.max(0, page);
	}

	@Bean
	static NavigationItem emergencyReviewNavigation() {
		return new NavigationItem("/privacy/emergency-accesses", "network.emergency.review.nav", 75, Role.PRIVACY_OFFICER);
	}
}

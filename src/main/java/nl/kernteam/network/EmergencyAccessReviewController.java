package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The privacy officer's page of emergency accesses to review. */
@Controller
@RequiresRole(Role.PRIVACY_OFFICER)
class EmergencyAccessReviewController {

	private final EmergencyAccessReviews reviews;

	EmergencyAccessReviewController(EmergencyAccessReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/privacy/emergency-accesses")
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accesses", reviews.list(actor, new PageOf.Request(page, 20)));
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new ReviewForm(""));
		}
		return "network/emergency-reviews";
	}

	@PostMapping("/privacy/emergency-accesses/{id}/review")
	String review(Actor actor, @PathVariable UUID id, @ModelAttribute("review") ReviewForm form, BindingResult result,
			@RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
		String list = "/privacy/emergency-accesses?page=" + Math.max(0, page);
		return Forms.submit(result, () -> {
			reviews.review(actor, id, form.finding());
			redirect.addFlashAttribute("notice", "network.emergency.review.done");
			return "redirect:" + list;
		}, () -> {
			redirect.addFlashAttribute("reviewId", id);
			return Forms.redirectWithErrors(redirect, "review", form, result, list);
		});
	}

	/**
	 * The officer's finding; its rules are on {@link EmergencyAccessReviews#review}, for
	 * the API too.
	 */
	record ReviewForm(String finding) {
	}

	@Bean
	static NavigationItem emergencyReviewNavigation() {
		return new NavigationItem("/privacy/emergency-accesses", "network.emergency.review.nav", 75,
				Role.PRIVACY_OFFICER);
	}

}

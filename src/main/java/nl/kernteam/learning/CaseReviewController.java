package nl.kernteam.learning;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case review page: the steps of the household's history, and per step what it
 * brought the family and the family's view; the same review without names for a learning
 * session.
 */
@Controller
@RequestMapping("/households/{id}/case-reviews")
class CaseReviewController {

	private final CaseReviews reviews;

	CaseReviewController(CaseReviews reviews) {
		this.reviews = reviews;
	}

	@OutsideNetwork
	@PostMapping
	String start(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		var review = reviews.start(actor, HouseholdId.of(id));
		redirect.addFlashAttribute("notice", "learning.review.started");
		return "redirect:/households/" + id + "/case-reviews/" + review.id();
	}

	@OutsideNetwork
	@GetMapping("/{reviewId}")
	String page(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
		model.addAttribute("review", reviews.read(actor, HouseholdId.of(id), reviewId));
		return "learning/case-review";
	}

	@OutsideNetwork
	@GetMapping("/{reviewId}/anonymised")
	String anonymised(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
		model.addAttribute("review", reviews.anonymised(actor, HouseholdId.of(id), reviewId));
		return "learning/case-review";
	}

	@OutsideNetwork
	@PostMapping("/{reviewId}/steps/{stepId}")
	String addToStep(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable UUID stepId,
			@RequestParam(defaultValue = "") String brought, @RequestParam(defaultValue = "") String familyView,
			RedirectAttributes redirect) {
		reviews.addToStep(actor, HouseholdId.of(id), reviewId, stepId, brought, familyView);
		redirect.addFlashAttribute("notice", "learning.review.saved");
		return "redirect:/households/" + id + "/case-reviews/" + reviewId + "#step-" + stepId;
	}

	@OutsideNetwork
	@PostMapping("/{reviewId}/lessons")
	String lessons(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId,
			@RequestParam(defaultValue = "") String lessons, RedirectAttributes redirect) {
		reviews.lessons(actor, HouseholdId.of(id), reviewId, lessons);
		redirect.addFlashAttribute("notice", "learning.review.saved");
		return "redirect:/households/" + id + "/case-reviews/" + reviewId;
	}

}

package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every emergency access, for the privacy officer to review: {@code GET} the list,
 * {@code POST …/review} a finding.
 */
@RestController
@RequiresRole(Role.PRIVACY_OFFICER)
@RequestMapping("/api/v1/emergency-accesses")
class EmergencyAccessReviewApiController {

	private final EmergencyAccessReviews reviews;

	EmergencyAccessReviewApiController(EmergencyAccessReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	PageOf<EmergencyAccessReview> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return reviews.list(actor, new PageOf.Request(page, size));
	}

	@PostMapping("/{id}/review")
	EmergencyAccessReview review(Actor actor, @PathVariable UUID id,
			@jakarta.validation.Valid @RequestBody(required = false) ReviewRequest request) {
		return reviews.review(actor, id, request == null ? null : request.finding());
	}

	record ReviewRequest(@jakarta.validation.constraints.NotBlank(
			message = "{network.emergency.review.finding.required}") @jakarta.validation.constraints.Size(
					max = EmergencyAccessReviews.FINDING_MAX_LENGTH,
					message = "{network.emergency.review.finding.tooLong}") @PlainText(
							message = "{network.emergency.review.finding.invalid}") String finding) {
	}

}

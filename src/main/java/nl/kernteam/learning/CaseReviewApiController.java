package nl.kernteam.learning;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.OutsideNetwork;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case reviews of a household (CONTRACT.md, "Learning"). A team lead reviews a household
 * they are not involved with, a closed one too: the review rule decides, not the network.
 */
@RestController
@RequestMapping("/api/v1/households/{id}/case-reviews")
class CaseReviewApiController {

	private final CaseReviews reviews;

	CaseReviewApiController(CaseReviews reviews) {
		this.reviews = reviews;
	}

	@OutsideNetwork
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseReview start(Actor actor, @PathVariable UUID id) {
		return reviews.start(actor, HouseholdId.of(id));
	}

	@OutsideNetwork
	@GetMapping
	List<CaseReviewHead> list(Actor actor, @PathVariable UUID id) {
		return reviews.ofHousehold(actor, HouseholdId.of(id));
	}

	@OutsideNetwork
	@GetMapping("/{reviewId}")
	CaseReview read(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId) {
		return reviews.read(actor, HouseholdId.of(id), reviewId);
	}

	@OutsideNetwork
	@GetMapping("/{reviewId}/anonymised")
	CaseReview anonymised(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId) {
		return reviews.anonymised(actor, HouseholdId.of(id), reviewId);
	}

	@OutsideNetwork
	@PutMapping("/{reviewId}/steps/{stepId}")
	CaseReview addToStep(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable UUID stepId,
			@Valid @RequestBody StepRequest request) {
		var household = HouseholdId.of(id);
		reviews.addToStep(actor, household, reviewId, stepId, request.brought(), request.familyView());
		return reviews.read(actor, household, reviewId);
	}

	@OutsideNetwork
	@PutMapping("/{reviewId}/lessons")
	CaseReview lessons(Actor actor, @PathVariable UUID id, @PathVariable UUID reviewId,
			@Valid @RequestBody LessonsRequest request) {
		var household = HouseholdId.of(id);
		reviews.lessons(actor, household, reviewId, request.lessons());
		return reviews.read(actor, household, reviewId);
	}

	record StepRequest(@PlainText @Size(max = 4000) String brought, @PlainText @Size(max = 4000) String familyView) {
	}

	record LessonsRequest(@PlainText @Size(max = 4000) String lessons) {
	}

}

package nl.kernteam.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case review as read: named for the review team, or without names for a learning
 * session ({@code anonymised}).
 */
public record CaseReview(UUID id, UUID householdId, Instant createdAt, boolean anonymised, String lessons,
		List<Step> steps) {

	/**
	 * One step: when, who of which organisation, and what, with what the review team
	 * added.
	 */
	public record Step(UUID id, Instant at, String actorName, String organisationName, String what, String brought,
			String familyView) {
	}

}

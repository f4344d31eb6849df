package nl.kernteam.learning;

import java.time.Instant;
import java.util.UUID;

/** A case review without its steps. */
record CaseReviewHead(UUID id, UUID householdId, Instant createdAt, String lessons) {
}

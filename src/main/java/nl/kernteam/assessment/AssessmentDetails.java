package nl.kernteam.assessment;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One assessment as it is stored now: the whole document with its version and who made
 * and last changed it.
 *
 * @param readOnly true when the reader sees it under emergency access and may not change
 * it
 */
public record AssessmentDetails(UUID id, UUID householdId, int version, @JsonUnwrapped AssessmentDocument document,
		Instant createdAt, String createdByName, Instant updatedAt, String updatedByName, boolean readOnly) {
}

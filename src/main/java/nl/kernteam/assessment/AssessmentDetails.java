package nl.kernteam.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One assessment as it is stored now: the whole document with its version and who made
 * and last changed it.
 *
 * @param readOnly true when the reader sees it under emergency access and may not change
 * it
 * @param familyViews what family members said of it and of its key decisions, as
 * themselves through their own account, newest first (appended, never changed)
 */
public record AssessmentDetails(UUID id, UUID householdId, int version, @JsonUnwrapped AssessmentDocument document,
		Instant createdAt, String createdByName, Instant updatedAt, String updatedByName, boolean readOnly,
		List<FamilyMemberView> familyViews) {

	/**
	 * A family member's own view, written by them on the family's pages.
	 *
	 * @param author the family member's name
	 * @param position {@code AGREES} or {@code DISAGREES}
	 * @param keyDecisionId the key decision it is about, {@code null} for the assessment
	 * as a whole
	 */
	public record FamilyMemberView(String author, String position, String words, Instant at, UUID keyDecisionId) {
	}

}

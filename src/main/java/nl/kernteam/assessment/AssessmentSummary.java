package nl.kernteam.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One assessment in a household's list.
 *
 * @param safety the judgement as three questions; {@code null} while not judged
 */
public record AssessmentSummary(UUID id, LocalDate date, int version, Safety safety, int participantCount,
		int dangerStatementCount, Instant updatedAt, String updatedByName) {

	/** The old single value, derived, for clients of API version 1 that read it. */
	@JsonProperty
	public SafetyJudgement safetyJudgement() {
		return safety == null ? null : safety.legacy();
	}

}

package nl.kernteam.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One assessment in a household's list. */
public record AssessmentSummary(UUID id, LocalDate date, int version, SafetyJudgement safetyJudgement,
		int participantCount, int dangerStatementCount, Instant updatedAt, String updatedByName) {
}

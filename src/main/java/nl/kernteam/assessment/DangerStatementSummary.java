package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A danger statement with its safety goal from a household's latest assessment, for the
 * family plan. The {@code id} is stable across versions of an assessment and across
 * assessments that carried the statement over.
 */
public record DangerStatementSummary(UUID id, UUID assessmentId, LocalDate assessedOn, String text, String safetyGoal,
		String explanation) {
}

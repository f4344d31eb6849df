package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A next step ("what needs to happen") of a household's latest assessment, for the family
 * plan to take over as an agreement. The {@code id} is the item's own, stable across the
 * versions of that assessment.
 *
 * @param owner who does it, as the assessment named them (free text); {@code null} when
 * not named
 */
public record NextStepSummary(UUID id, UUID assessmentId, LocalDate assessedOn, String text, String owner,
		LocalDate dueDate) {
}

package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evaluation held with the family: when, the assessment in which the safety scales were asked again,
 * what was concluded, and whether the plan moves to its next phase.
 */
public record HoldEvaluation(@NotNull(message = "{plan.evaluation.heldOn.required}") LocalDate heldOn, UUID assessmentId,
		@Size(max = 4000) String notes, Boolean nextPhase) {
}

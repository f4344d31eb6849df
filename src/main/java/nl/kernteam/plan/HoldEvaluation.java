package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * An evaluation held with the family: when, the assessment in which the safety scales
 * were asked again, what was concluded, and whether the plan moves to its next phase.
 */
public record HoldEvaluation(@NotNull(message = "{plan.evaluation.heldOn.required}") @PlausibleDate LocalDate heldOn,
		UUID assessmentId, @Size(max = 4000) @PlainText String notes, Boolean nextPhase) {
}

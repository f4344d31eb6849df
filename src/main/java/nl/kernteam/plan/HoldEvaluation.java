package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * An evaluation held with the family: when, the assessment in which the safety scales
 * were asked again, what was concluded, whether the plan moves to its next phase, and
 * when the family and network talk again ({@code nextOn}: the next evaluation planned
 * with it; {@code null} plans none).
 */
public record HoldEvaluation(@NotNull(message = "{plan.evaluation.heldOn.required}") @PlausibleDate LocalDate heldOn,
		UUID assessmentId, @Size(max = 4000) @PlainText String notes, Boolean nextPhase,
		@PlausibleDate LocalDate nextOn) {

	/** An evaluation held without planning the next one. */
	public HoldEvaluation(LocalDate heldOn, UUID assessmentId, String notes, Boolean nextPhase) {
		this(heldOn, assessmentId, notes, nextPhase, null);
	}

}

package nl.kernteam.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * Change the plan's phase or the family's own summary, based on the version that was
 * read.
 */
public record ChangePlan(@NotNull(message = "{plan.phase.required}") PlanPhase phase,
		@Size(max = 2000) @PlainText String familyWords,
		@NotNull(message = "{error.version.required}") Integer version) {
}

package nl.kernteam.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Change a goal's words, based on the version that was read. */
public record UpdateGoal(@NotBlank(message = "{plan.goal.text.required}") @Size(max = 1000) String text,
		@Size(max = 1000) String explanation, @NotNull(message = "{error.version.required}") Integer version) {
}

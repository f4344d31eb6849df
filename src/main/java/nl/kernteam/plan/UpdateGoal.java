package nl.kernteam.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/** Change a goal's words, based on the version that was read. */
public record UpdateGoal(@NotBlank(message = "{plan.goal.text.required}") @Size(max = 1000) @PlainText String text,
		@Size(max = 1000) @PlainText String explanation,
		@NotNull(message = "{error.version.required}") Integer version) {
}

package nl.kernteam.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * "Ik ben gehoord": after a meeting, how much the member felt heard, from 1 (not at all)
 * to 5 (completely), with words if they like.
 */
record Heard(@NotNull @Valid About about, @NotNull @Min(1) @Max(5) Integer score,
		@Size(max = 2000) @PlainText String words) {
}

package nl.kernteam.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * An item of the member's own household: its kind and its id (a plan version by its
 * number, the rest by their uuid).
 */
public record About(@NotNull AboutKind kind, @NotBlank @Size(max = 64) @PlainText String id) {
}

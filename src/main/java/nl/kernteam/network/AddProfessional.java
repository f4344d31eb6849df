package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.TextRules;

/**
 * Involve a professional with a household. {@code id} may be chosen by the client so that a repeated submit
 * adds nothing twice.
 */
public record AddProfessional(UUID id, @NotNull(message = "{network.professional.required}") UUID professionalId,
		@NotNull(message = "{network.role.required}") InvolvementRole role,
		@NotBlank(message = "{network.reason.required}") @Size(max = TextRules.MAX_REASON) @PlainText String reason) {
}

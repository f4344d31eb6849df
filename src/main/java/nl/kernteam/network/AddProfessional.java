package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.Reason;

/**
 * Involve a professional with a household. {@code id} may be chosen by the client so that
 * a repeated submit adds nothing twice.
 */
public record AddProfessional(UUID id, @NotNull(message = "{network.professional.required}") UUID professionalId,
		@NotNull(message = "{network.role.required}") InvolvementRole role,
		@NotBlank(message = "{network.reason.required}") @Reason String reason) {
}

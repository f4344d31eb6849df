package nl.kernteam.safetyteam;

import jakarta.validation.constraints.NotBlank;
import nl.kernteam.shared.validation.Reason;

/** Declining a request, with the reason the asking team reads. */
public record ExpertiseRequestDecline(
		@NotBlank(message = "{safetyteam.request.declineReason.required}") @Reason String reason) {
}

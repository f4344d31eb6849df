package nl.kernteam.household;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.Reason;

/**
 * Link a household to another one of the same family on purpose (grandparents, an adult
 * sibling).
 */
public record LinkHouseholds(UUID id, @NotNull(message = "{household.link.other.required}") UUID otherHouseholdId,
		@NotNull(message = "{household.link.kind.required}") LinkKind kind,
		@NotBlank(message = "{household.link.reason.required}") @Reason String reason) {
}

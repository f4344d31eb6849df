package nl.kernteam.household;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/** Link a household to another one of the same family on purpose (grandparents, an adult sibling). */
public record LinkHouseholds(UUID id, @NotNull(message = "{household.link.other.required}") UUID otherHouseholdId,
		@NotNull(message = "{household.link.kind.required}") LinkKind kind,
		@NotBlank(message = "{household.link.reason.required}") @Size(max = 2000) @PlainText String reason) {
}

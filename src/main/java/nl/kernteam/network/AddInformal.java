package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/** Add someone from the family's own circle (grandmother, neighbour, coach): a person, not an account. */
public record AddInformal(UUID id, @NotBlank(message = "{network.personName.required}") @Size(max = 200) @ReadableName String personName,
		@NotBlank(message = "{network.relation.required}") @Size(max = 100) @ReadableName String relation, @Size(max = 500) @PlainText String reason) {
}

package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Add someone from the family's own circle (grandmother, neighbour, coach): a person, not an account. */
public record AddInformal(UUID id, @NotBlank(message = "{network.personName.required}") @Size(max = 200) String personName,
		@NotBlank(message = "{network.relation.required}") @Size(max = 100) String relation, @Size(max = 500) String reason) {
}

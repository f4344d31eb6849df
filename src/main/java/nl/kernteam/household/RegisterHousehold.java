package nl.kernteam.household;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.validation.ReadableName;

/**
 * Register a household.
 *
 * @param id chosen by the client (a form renders one) so that a double submit creates
 * nothing twice; {@code null} lets Kernteam choose
 * @param name optional; defaults to "Gezin" and the family name of the first parent
 * @param contactPersonId the local-team professional who becomes the contact person; may
 * be left out when the registering professional works for a local team
 */
public record RegisterHousehold(UUID id, @Size(max = 200) @ReadableName String name,
		@NotEmpty(message = "{household.members.required}") @Size(
				max = 30) List<@NotNull(message = "{household.member.required}") @Valid MemberInput> members,
		UUID contactPersonId, @Reason String reason) {
}

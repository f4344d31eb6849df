package nl.kernteam.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/** Register an organisation that works with families. */
public record CreateOrganisation(@NotBlank @Size(max = 200) @ReadableName String name, @NotNull OrganisationType type,
		@Size(max = 40) @PlainText(singleLine = true) String phone,
		@Email @Size(max = 200) @PlainText(singleLine = true) String email) {
}

package nl.kernteam.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/** Change a professional's name, organisation, roles or contact details. */
public record UpdateProfessional(@NotBlank @Size(max = 200) @ReadableName String name, UUID organisationId,
		@NotEmpty @Size(max = 10) Set<Role> roles, @Email @Size(max = 200) @PlainText(singleLine = true) String email,
		@Size(max = 40) @PlainText(singleLine = true) String phone, int version) {
}

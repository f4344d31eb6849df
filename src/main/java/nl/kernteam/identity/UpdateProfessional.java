package nl.kernteam.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.Role;

/** Change a professional's name, organisation, roles or contact details. */
public record UpdateProfessional(@NotBlank @Size(max = 200) String name, UUID organisationId,
		@NotEmpty Set<Role> roles, @Email @Size(max = 200) String email, @Size(max = 40) String phone, int version) {
}

package nl.kernteam.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Password;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/**
 * Create a local account for a professional. The password follows the one
 * {@link Password} rule.
 */
public record CreateProfessional(
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+",
				message = "{identity.username.pattern}") @PlainText(singleLine = true) String username,
		@Password String password, @NotBlank @Size(max = 200) @ReadableName String name, UUID organisationId,
		@NotEmpty @Size(max = 10) Set<Role> roles, @Email @Size(max = 200) @PlainText(singleLine = true) String email,
		@Size(max = 40) @PlainText(singleLine = true) String phone) {

	/**
	 * The username in its one normal form (see {@code Usernames}), before validation sees
	 * it.
	 */
	public CreateProfessional {
		username = Usernames.normalise(username);
	}
}

package nl.kernteam.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.Password;
import nl.kernteam.shared.validation.PlainText;

/**
 * Activate a family account with its one-time code: the member chooses a username (the
 * same rule as a professional's) and a password (the one {@link Password} rule). The
 * same, with a new code, sets a new password.
 */
public record ActivateFamilyAccount(
		@NotBlank(message = "{portal.activation.codeRequired}") @Size(max = 40) @PlainText(
				singleLine = true) String activationCode,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+",
				message = "{identity.username.pattern}") @PlainText(singleLine = true) String username,
		@Password String password) {

	/** The username in its one normal form, before validation sees it. */
	public ActivateFamilyAccount {
		username = Usernames.normalise(username);
	}
}

package nl.kernteam.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A member as entered in a form or API call.
 *
 * @param id      the existing member when editing; {@code null} for a new member
 * @param bsn     optional; must pass the 11-test
 * @param removed when editing: take this member out of the household
 */
public record MemberInput(UUID id,
		@NotBlank(message = "{household.member.givenName.required}") @Size(max = 100) @ReadableName String givenName,
		@NotBlank(message = "{household.member.familyName.required}") @Size(max = 100) @ReadableName String familyName,
		@NotNull(message = "{household.member.birthDate.required}") @PastOrPresent(message = "{household.member.birthDate.future}") @PlausibleDate LocalDate birthDate,
		@NotNull(message = "{household.member.role.required}") MemberRole role,
		@ValidBsn @Size(max = 20) @PlainText(singleLine = true) String bsn, Boolean removed) {

	public MemberInput {
		removed = Boolean.TRUE.equals(removed);
	}

	public static MemberInput empty() {
		return new MemberInput(null, "", "", null, null, "", false);
	}
}

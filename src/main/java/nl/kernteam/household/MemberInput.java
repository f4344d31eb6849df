package nl.kernteam.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PhoneNumber;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A member as entered in a form or API call.
 *
 * @param id the existing member when editing; {@code null} for a new member
 * @param bsn optional; must pass the 11-test
 * @param removed when editing: take this member out of the household
 * @param phone optional, so that the network can call them
 * @param email optional
 * @param livesHere the API's short form of {@code residence}; {@code false} means
 * elsewhere
 * @param residence here (default), part of the time, or elsewhere; wins over
 * {@code livesHere}
 * @param gender optional; the genogram shows it
 */
public record MemberInput(UUID id,
		@NotBlank(message = "{household.member.givenName.required}") @Size(max = 100) @ReadableName String givenName,
		@NotBlank(message = "{household.member.familyName.required}") @Size(max = 100) @ReadableName String familyName,
		@NotNull(message = "{household.member.birthDate.required}") @PastOrPresent(
				message = "{household.member.birthDate.future}") @PlausibleDate LocalDate birthDate,
		@NotNull(message = "{household.member.role.required}") MemberRole role,
		@ValidBsn @Size(max = 20) @PlainText(singleLine = true) String bsn, Boolean removed,
		@Size(max = 40) @PlainText(singleLine = true) @PhoneNumber String phone,
		@Size(max = 200) @PlainText(singleLine = true) @Email(
				message = "{household.member.email.invalid}") String email,
		Boolean livesHere, Residence residence, Gender gender) {

	public MemberInput {
		removed = Boolean.TRUE.equals(removed);
		phone = blank(phone) ? null : phone.trim();
		email = blank(email) ? null : email.trim();
		residence = Residence.of(residence, livesHere);
		livesHere = residence.livesHere();
	}

	/** A member without contact details who lives here. */
	public MemberInput(UUID id, String givenName, String familyName, LocalDate birthDate, MemberRole role, String bsn,
			Boolean removed) {
		this(id, givenName, familyName, birthDate, role, bsn, removed, null, null, null, null, null);
	}

	public static MemberInput empty() {
		return new MemberInput(null, "", "", null, null, "", false);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

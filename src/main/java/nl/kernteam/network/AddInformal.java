package nl.kernteam.network;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.validation.PhoneNumber;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/**
 * Add someone from the family's own circle (grandmother, neighbour, coach): a person, not
 * an account, with a phone number and e-mail address if the family wants the network to
 * be able to reach them.
 */
public record AddInformal(UUID id,
		@NotBlank(message = "{network.personName.required}") @Size(max = 200) @ReadableName String personName,
		@NotBlank(message = "{network.relation.required}") @Size(max = 100) @ReadableName String relation,
		@Reason String reason, @Size(max = 40) @PlainText(singleLine = true) @PhoneNumber String phone,
		@Size(max = 200) @PlainText(singleLine = true) @Email(
				message = "{household.member.email.invalid}") String email) {

	public AddInformal {
		phone = phone == null || phone.isBlank() ? null : phone.trim();
		email = email == null || email.isBlank() ? null : email.trim();
	}

	public AddInformal(UUID id, String personName, String relation, String reason) {
		this(id, personName, relation, reason, null, null);
	}
}

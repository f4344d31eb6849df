package nl.kernteam.household;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.ReadableName;

/** Change a household's name and members, based on the version that was read. */
public record UpdateHousehold(
		@NotBlank(message = "{household.name.required}") @Size(max = 200) @ReadableName String name,
		@NotEmpty(message = "{household.members.required}") @Size(
				max = 30) List<@NotNull(message = "{household.member.required}") @Valid MemberInput> members,
		@NotNull(message = "{error.version.required}") Integer version) {
}

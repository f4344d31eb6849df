package nl.kernteam.household;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Mark a theme on a member, agreed with the family. */
public record MarkTheme(@NotNull(message = "{household.lifeDomains.member.required}") UUID memberId,
		@NotNull(message = "{household.theme.required}") Theme theme) {
}

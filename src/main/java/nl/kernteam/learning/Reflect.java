package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A reflection on a household: per working principle what went well and what could be
 * better, by one professional or on behalf of the core team; private unless said
 * otherwise.
 */
public record Reflect(@NotNull(message = "{learning.reflection.dateRequired}") @PlausibleDate LocalDate reflectedOn,
		@NotEmpty(message = "{learning.reflection.principleRequired}") @Size(
				max = 7) Map<Principle, @NotNull @PlainText @Size(min = 1, max = 2000) String> principles,
		Boolean coreTeam, Boolean shared) {

	public boolean byCoreTeam() {
		return Boolean.TRUE.equals(coreTeam);
	}

	public boolean isPrivate() {
		return !Boolean.TRUE.equals(shared);
	}

}

package nl.kernteam.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A life-domain check of one member on one date.
 *
 * @param id chosen by the client so that a double submit records one check; may be null
 */
public record RecordLifeDomains(UUID id, @NotNull(message = "{household.lifeDomains.member.required}") UUID memberId,
		@NotNull(message = "{household.lifeDomains.date.required}") @PastOrPresent(
				message = "{household.lifeDomains.date.future}") @PlausibleDate LocalDate date,
		@NotEmpty(message = "{household.lifeDomains.scores.required}") @Size(
				max = 15) List<@Valid @NotNull Score> scores) {

	/**
	 * 1 acute problem, 2 not self-reliant, 3 barely self-reliant, 4 adequately
	 * self-reliant, 5 fully self-reliant.
	 */
	public record Score(@NotNull(message = "{household.lifeDomains.domain.required}") LifeDomain domain,
			@NotNull(message = "{household.lifeDomains.score.range}") @Min(value = 1,
					message = "{household.lifeDomains.score.range}") @Max(value = 5,
							message = "{household.lifeDomains.score.range}") Integer score,
			@Size(max = 2000) @PlainText String words, Strength strength) {
	}
}

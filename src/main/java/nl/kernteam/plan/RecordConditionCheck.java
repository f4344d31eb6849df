package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;

/**
 * A check of a safety condition on a date.
 *
 * @param id chosen by the client so that a double submit records one check; without it,
 * the same condition, date and person is one check as well
 * @param held whether the condition was held
 * @param by who checked: a professional or a family member, by name; {@code null}: the
 * recording professional
 */
public record RecordConditionCheck(UUID id,
		@NotNull(message = "{plan.check.date.required}") @PlausibleDate LocalDate date,
		@NotNull(message = "{plan.check.held.required}") Boolean held, @Size(max = 200) @ReadableName String by,
		@Size(max = 2000) @PlainText String note) {
}

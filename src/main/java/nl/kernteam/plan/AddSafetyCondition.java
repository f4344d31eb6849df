package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A minimum safety condition agreed with the family.
 *
 * @param id chosen by the client so that a double submit adds one condition; {@code null}
 * lets Kernteam choose
 * @param agreedOn the day it was agreed; {@code null}: today
 */
public record AddSafetyCondition(UUID id,
		@NotBlank(message = "{plan.condition.text.required}") @Size(max = 1000) @PlainText String text,
		@PlausibleDate LocalDate agreedOn) {
}

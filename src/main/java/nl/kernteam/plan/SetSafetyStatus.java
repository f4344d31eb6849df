package nl.kernteam.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A change of the plan's safety status, from a date on.
 *
 * @param since {@code null}: today
 */
public record SetSafetyStatus(@NotNull(message = "{plan.status.required}") SafetyStatus status,
		@PlausibleDate LocalDate since) {
}

package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;

/** The day Veilig Thuis concluded its investigation; it ends the investigation clock. */
public record ConcludeInvestigation(@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate date) {
}

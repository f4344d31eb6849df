package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A later last day for a request's time box. */
public record ExpertiseRequestExtension(
		@NotNull(message = "{safetyteam.request.until.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate until) {
}

package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parties heard after an emergency placement order: the day of the hearing and, when
 * the court let the order run on, its new end as the court decided it (at most a year
 * from its start).
 */
public record RecordHearing(
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate heardOn,
		@PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
}

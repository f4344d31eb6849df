package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A placement order used: the day the child was placed. */
public record RecordPlacementStart(@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
		iso = DateTimeFormat.ISO.DATE) LocalDate startedOn) {
}

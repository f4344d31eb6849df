package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/** A step of the meldcode taken on a day, with what was found or agreed. */
public record RecordMeldcodeStep(@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate doneOn,
		@Size(max = 4000) @PlainText String notes) {
}

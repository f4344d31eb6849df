package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A written instruction (schriftelijke aanwijzing, 1:263–265) the agency gave during a
 * supervision order: the day and what it says.
 */
public record RecordInstruction(
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
		@NotBlank(message = "{safetyteam.courtOrder.instruction.required}") @Size(max = 4000) @PlainText String text) {

	static RecordInstruction blank() {
		return new RecordInstruction(null, null);
	}

}

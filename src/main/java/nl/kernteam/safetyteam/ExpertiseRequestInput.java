package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A question to an organisation about a household, written so that the family can read
 * it, with its urgency and the last day of the time box.
 */
public record ExpertiseRequestInput(
		@NotNull(message = "{safetyteam.request.organisation.required}") UUID organisationId,
		@NotBlank(message = "{safetyteam.request.question.required}") @Size(max = 10000) @PlainText String question,
		@NotNull(message = "{safetyteam.request.urgency.required}") ExpertiseRequestUrgency urgency,
		@NotNull(message = "{safetyteam.request.until.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate until) {

	static ExpertiseRequestInput blank() {
		return new ExpertiseRequestInput(null, null, null, null);
	}

}

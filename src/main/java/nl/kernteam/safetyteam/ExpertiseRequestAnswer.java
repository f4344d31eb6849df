package nl.kernteam.safetyteam;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/** The answer to the request's question, recorded by the professional who joined. */
public record ExpertiseRequestAnswer(
		@NotBlank(message = "{safetyteam.request.answer.required}") @Size(max = 10000) @PlainText String answer) {
}

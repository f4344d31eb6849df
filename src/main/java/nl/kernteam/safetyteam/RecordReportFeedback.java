package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * The feedback the reporter got after a step (the assessment or the investigation): when,
 * and what was said (follow-up started, who took over, the reporter's part).
 */
public record RecordReportFeedback(@NotNull(message = "{safetyteam.feedback.step.required}") DeadlineKind step,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate givenOn,
		@Size(max = 2000) @PlainText String note) {
}

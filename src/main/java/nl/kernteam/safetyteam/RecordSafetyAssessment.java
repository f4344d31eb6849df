package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;

/** The safety assessment of a report: when it was done and what it decided. */
public record RecordSafetyAssessment(@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate date,
		@NotNull(message = "{safetyteam.report.outcome.required}") ReportOutcome outcome) {
}

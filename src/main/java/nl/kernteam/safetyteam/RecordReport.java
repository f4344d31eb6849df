package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A report or advice request to a Veilig Thuis organisation, received on a date;
 * {@code acute} (default false) makes the safety assessment due that same day.
 */
public record RecordReport(@NotNull(message = "{safetyteam.report.organisation.required}") UUID organisationId,
		@NotNull(message = "{safetyteam.report.kind.required}") ReportKind kind,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate receivedOn, Boolean acute) {

	boolean isAcute() {
		return Boolean.TRUE.equals(acute);
	}

}

package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A court order about one child of the household, with its dates as the court decided
 * them; {@code partiesHeardOn} for an emergency placement after the hearing; the
 * acceptable period (until, with its rationale) for a supervision order.
 */
public record RecordCourtOrder(@NotNull(message = "{safetyteam.courtOrder.child.required}") UUID childMemberId,
		@NotNull(message = "{safetyteam.courtOrder.kind.required}") CourtOrderKind kind,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate partiesHeardOn,
		@PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptablePeriodUntil,
		@Size(max = 2000) @PlainText String acceptablePeriodRationale) {

	static RecordCourtOrder blank() {
		return new RecordCourtOrder(null, null, null, null, null, null, null, null);
	}

}

package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The court's decision to extend an order: when it decided and the new end. */
public record ExtendCourtOrder(
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

	static ExtendCourtOrder blank() {
		return new ExtendCourtOrder(null, null);
	}

}

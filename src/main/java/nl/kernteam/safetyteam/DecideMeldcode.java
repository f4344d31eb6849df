package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.validation.PlausibleDate;

/** The decision that ends the meldcode trail (step 5). */
public record DecideMeldcode(@NotNull(message = "{safetyteam.meldcode.decision.required}") MeldcodeDecision decision,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate decidedOn) {
}

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
 * A key decision on where a child lives, as the guideline names it: out of home or not,
 * where (the family's own network first; another place needs its reason), return home; an
 * out-of-home placement is voluntary or under a court order (named).
 */
public record PlacementDecisionInput(@NotNull(message = "{safetyteam.courtOrder.child.required}") UUID childMemberId,
		@NotNull(message = "{safetyteam.placementDecision.kind.required}") Kind kind,
		@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		Place place, Basis basis, UUID courtOrderId, @Size(max = 2000) @PlainText String whyNotOwnNetwork,
		@NotBlank(message = "{safetyteam.placementDecision.rationale.required}") @Size(
				max = 4000) @PlainText String rationale) {

	public enum Kind {

		OUT_OF_HOME_PLACEMENT, STAY_HOME, RETURN_HOME

	}

	/** Where: since 2015 a placement order is generic. */
	public enum Place {

		OWN_NETWORK, FOSTER_CARE, FAMILY_HOME, RESIDENTIAL

	}

	public enum Basis {

		VOLUNTARY, COURT_ORDER

	}

}

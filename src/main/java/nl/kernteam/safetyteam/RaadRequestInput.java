package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The steps of a request to the Raad voor de Kinderbescherming, as recorded. */
public final class RaadRequestInput {

	private RaadRequestInput() {
	}

	/**
	 * The request for investigation (verzoek tot onderzoek): the day and the question.
	 */
	public record Request(
			@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
			@NotBlank(message = "{safetyteam.raad.question.required}") @Size(max = 4000) @PlainText String question) {

		static Request blank() {
			return new Request(null, null);
		}

	}

	/**
	 * The child protection table (jeugdbeschermingstafel): the day, who took part and
	 * what the Raad's investigator decided.
	 */
	public record TableMeeting(
			@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@NotNull(message = "{safetyteam.raad.participants.required}") @Size(min = 1,
					message = "{safetyteam.raad.participants.required}") Set<Participant> participants,
			@NotNull(message = "{safetyteam.raad.outcome.required}") TableOutcome outcome) {
	}

	/** The Raad's advice to the court, after its investigation. */
	public record Advice(
			@NotNull(message = "{safetyteam.date.required}") @PlausibleDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
			@NotNull(message = "{safetyteam.raad.adviceKind.required}") AdviceKind kind,
			@Size(max = 4000) @PlainText String text) {
	}

	/** Who sits at the child protection table. */
	public enum Participant {

		PARENTS, CHILDREN_12_PLUS, REQUESTING_PROFESSIONAL, RAAD, AGENCY, INDEPENDENT_CHAIR

	}

	/** What the Raad's investigator decides at the table. */
	public enum TableOutcome {

		VOLUNTARY_HELP, INVESTIGATION

	}

	/** What the Raad advises the court. */
	public enum AdviceKind {

		SUPERVISION, PLACEMENT, CUSTODY, VOLUNTARY_HELP, NO_MEASURE

	}

}

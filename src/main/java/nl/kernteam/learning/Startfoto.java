package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A team's starting picture for one year on the three points of the quality framework.
 */
public record Startfoto(@NotNull @Min(2000) @Max(2200) Integer year,
		@NotNull @Size(max = 500) List<@NotNull @Valid Expertise> expertise,
		@NotNull @Size(max = 100) List<@NotNull @Valid Agreement> agreements,
		@NotNull @Size(max = 100) List<@NotNull @PlainText @NotBlank @Size(max = 200) String> programmes) {

	public Startfoto {
		expertise = expertise == null ? List.of() : expertise;
		agreements = agreements == null ? List.of() : agreements;
		programmes = programmes == null ? List.of() : programmes;
	}

	/** Who in the team is trained in what. */
	public record Expertise(@NotNull UUID professionalId, @PlainText @Size(max = 200) String professionalName,
			@NotBlank @PlainText @Size(max = 200) String expertise) {
	}

	/** A written agreement with Veilig Thuis or a chain partner. */
	public record Agreement(@NotBlank @PlainText @Size(max = 200) String partner, @PlausibleDate LocalDate signedOn,
			@NotBlank @PlainText @Size(max = 1000) String covers) {
	}

	/**
	 * This year beside the previous one: what was added and what is gone, per point.
	 */
	public record Comparison(Startfoto current, Startfoto previous, List<String> expertiseAdded,
			List<String> expertiseGone, List<String> agreementsAdded, List<String> agreementsGone,
			List<String> programmesAdded, List<String> programmesGone) {
	}

}

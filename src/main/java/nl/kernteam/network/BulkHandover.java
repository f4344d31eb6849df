package nl.kernteam.network;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.Reason;

/**
 * A team lead hands over several families of one leaving colleague at once, each to a
 * colleague of their own choosing, with one reason.
 *
 * @param submissionId chosen by the form, so that a second submit of the same form waits
 * for the first and then hands nothing over twice
 * @param assignments which family goes to whom
 */
public record BulkHandover(UUID submissionId,
		@NotEmpty(message = "{network.bulkHandover.none}") @Size(
				max = BulkHandover.MAX_FAMILIES) List<@NotNull @Valid Assignment> assignments,
		@NotBlank(message = "{network.reason.required}") @Reason String reason) {

	/** More than a team member carries; the form offers all of them on one page. */
	public static final int MAX_FAMILIES = 500;

	/** One family and its new contact person. */
	public record Assignment(@NotNull UUID householdId, @NotNull UUID professionalId) {
	}

}

package nl.kernteam.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.Reason;

/**
 * Close the file: help ends.
 *
 * @param reason why help ends, for the family and the next professional
 * @param familyView the family's own words about ending, if they gave them
 * @param lastScale the last safety scale (0–10), if asked
 */
public record CloseHousehold(@NotBlank(message = "{household.closed.reasonRequired}") @Reason String reason,
		@Size(max = 4000) @PlainText String familyView, @Min(0) @Max(10) Integer lastScale) {
}

package nl.kernteam.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;

/**
 * What a family member says of a version of the plan: agrees or not, in their own words.
 * {@code id} may be chosen by the client so that a repeated submit records the view once.
 */
public record FamilyViewInput(java.util.UUID id,
		@NotBlank(message = "{plan.familyView.member.required}") @Size(max = 200) @ReadableName String memberName,
		@NotNull(message = "{plan.familyView.agrees.required}") Boolean agrees,
		@Size(max = 4000) @PlainText String words) {
}

package nl.kernteam.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * An objection, complaint or data request in the member's own words, about an item of
 * their household or about nothing in particular.
 *
 * @param kind {@code OBJECTION} when left out
 */
record FileObjection(ObjectionKind kind, @Valid About about,
		@NotBlank(message = "{portal.objection.text.required}") @Size(max = 10000) @PlainText String text) {

	ObjectionKind kindOrDefault() {
		return kind == null ? ObjectionKind.OBJECTION : kind;
	}

}

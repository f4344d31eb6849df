package nl.kernteam.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/** A family member's view on an item: agree or not, in their own words. */
record AddView(@NotNull @Valid About about, @NotNull FamilyPosition position,
		@Size(max = 2000) @PlainText String words) {
}

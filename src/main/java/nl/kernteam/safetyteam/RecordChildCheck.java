package nl.kernteam.safetyteam;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * The child check (kindcheck): does the adult client care for children, and are they
 * safe? {@code childrenSafe} is required when there are children.
 */
public record RecordChildCheck(@NotNull(message = "{safetyteam.date.required}") @PlausibleDate LocalDate checkedOn,
		@NotNull(message = "{safetyteam.childCheck.hasChildren.required}") Boolean hasChildren, Boolean childrenSafe,
		@Size(max = 4000) @PlainText String notes) {
}

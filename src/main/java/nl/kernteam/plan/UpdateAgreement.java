package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/** The whole agreement as it should be, based on the version that was read. */
public record UpdateAgreement(UUID goalId,
		@NotBlank(message = "{plan.agreement.description.required}") @Size(max = 1000) @PlainText String description,
		@Size(max = 200) @ReadableName String owner, @Size(max = 100) @PlainText(singleLine = true) String ownerRef,
		@PlausibleDate LocalDate dueDate, @NotNull(message = "{plan.agreement.status.required}") AgreementStatus status,
		@NotNull(message = "{error.version.required}") Integer version) {
}

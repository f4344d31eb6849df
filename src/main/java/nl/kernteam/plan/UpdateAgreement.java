package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The whole agreement as it should be, based on the version that was read. */
public record UpdateAgreement(UUID goalId,
		@NotBlank(message = "{plan.agreement.description.required}") @Size(max = 1000) String description,
		@Size(max = 200) String owner, @Size(max = 100) String ownerRef, LocalDate dueDate,
		@NotNull(message = "{plan.agreement.status.required}") AgreementStatus status,
		@NotNull(message = "{error.version.required}") Integer version) {
}

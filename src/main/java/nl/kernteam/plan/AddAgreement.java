package nl.kernteam.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Who does what by when. {@code owner} names who acts (a family member, someone of the
 * family's own circle, or a professional in the network); {@code ownerRef}
 * ({@code MEMBER:…}, {@code INFORMAL:…}, {@code PROFESSIONAL:…}) picks them exactly when
 * a name is ambiguous. {@code nextStepId}: the next step of the latest joint assessment
 * this agreement takes over, if any.
 */
public record AddAgreement(UUID id, UUID goalId,
		@NotBlank(message = "{plan.agreement.description.required}") @Size(max = 1000) @PlainText String description,
		@Size(max = 200) @ReadableName String owner, @Size(max = 100) @PlainText(singleLine = true) String ownerRef,
		@PlausibleDate LocalDate dueDate, UUID nextStepId) {

	/** An agreement of the plan's own, not taken over from the assessment. */
	public AddAgreement(UUID id, UUID goalId, String description, String owner, String ownerRef, LocalDate dueDate) {
		this(id, goalId, description, owner, ownerRef, dueDate, null);
	}

}

package nl.kernteam.plan;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.LifeDomain;
import nl.kernteam.shared.validation.PlainText;

/**
 * A goal in the family's words; optionally the danger statement (and its assessment) that
 * it answers, or the life domain it is about.
 */
public record AddGoal(UUID id,
		@NotBlank(message = "{plan.goal.text.required}") @Size(max = 1000) @PlainText String text,
		@Size(max = 1000) @PlainText String explanation, UUID dangerStatementId, UUID assessmentId,
		LifeDomain lifeDomain) {

	public AddGoal(UUID id, String text, String explanation, UUID dangerStatementId, UUID assessmentId) {
		this(id, text, explanation, dangerStatementId, assessmentId, null);
	}
}

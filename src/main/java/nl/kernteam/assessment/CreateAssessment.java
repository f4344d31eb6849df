package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Start an assessment of a household.
 *
 * @param id chosen by the client (a form renders one) so that a double submit creates one
 * assessment; {@code null} lets Kernteam choose
 * @param copyPrevious start from the household's latest assessment: its facts, worries,
 * strengths, next steps, danger statements (with the same ids, so that the plan's links
 * stay) and explanations; not its views, scores, judgement or decisions, which belong to
 * the new meeting
 */
public record CreateAssessment(UUID id, @NotNull(message = "{assessment.date.required}") @PlausibleDate LocalDate date,
		@Size(max = 30) List<@NotNull @Valid Participant> participants, Boolean copyPrevious) {

	public CreateAssessment {
		participants = participants == null ? List.of() : participants;
	}
}

package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Explanations;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Save the whole document of an assessment, based on the version that was read. The
 * fields are those of {@link AssessmentDocument}; what a GET answers can be sent back as
 * it is.
 *
 * @param version the version the change is based on; a stale one is refused (409)
 */
public record SaveAssessment(@NotNull(message = "{error.version.required}") Integer version,
		@NotNull(message = "{assessment.date.required}") @PlausibleDate LocalDate date,
		@Size(max = 30) List<@NotNull @Valid Participant> participants,
		@Size(max = 100) List<@NotNull @Valid Fact> facts,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> worries,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> strengths,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> nextSteps,
		@Size(max = 10) List<@NotNull @Valid DangerStatement> dangerStatements,
		@Size(max = 30) List<@NotNull @Valid Score> scores, @Valid Safety safety, SafetyJudgement safetyJudgement,
		@Size(max = 4000) @PlainText String rationale, @Size(max = 8000) @PlainText String explanatoryAnalysis,
		@Size(max = 30) List<@NotNull @Valid KeyDecision> keyDecisions, @Valid Explanations explanations) {

	public static SaveAssessment of(int version, AssessmentDocument document) {
		return new SaveAssessment(version, document.date(), document.participants(), document.facts(),
				document.worries(), document.strengths(), document.nextSteps(), document.dangerStatements(),
				document.scores(), document.safety(), null, document.rationale(), document.explanatoryAnalysis(),
				document.keyDecisions(), document.explanations());
	}

	public AssessmentDocument document() {
		return new AssessmentDocument(date, participants, facts, worries, strengths, nextSteps, dangerStatements,
				scores, safety, safetyJudgement, rationale, explanatoryAnalysis, keyDecisions, explanations);
	}
}

package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.FamilyView;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The rows of {@link AssessmentForm}. A new row gets its id when it is added, so that
 * sending the form twice, or adding a row and then another, keeps every row the same
 * element.
 */
final class AssessmentRows {

	private AssessmentRows() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static class ParticipantRow {

		public UUID id;

		public String name;

		public ParticipantKind kind;

		public UUID memberId;

		public UUID professionalId;

		public String view;

		public Integer score;

		public String scoreNote;

		static ParticipantRow blank() {
			var row = new ParticipantRow();
			row.id = SubmissionIds.next();
			return row;
		}

		static ParticipantRow of(Participant p, Score score) {
			var row = new ParticipantRow();
			row.id = p.id();
			row.name = p.name();
			row.kind = p.kind();
			row.memberId = p.memberId();
			row.professionalId = p.professionalId();
			row.view = p.view();
			row.score = score == null ? null : score.score();
			row.scoreNote = score == null ? null : score.note();
			return row;
		}

		boolean isEmpty() {
			return AssessmentRows.blank(name) && AssessmentRows.blank(view) && score == null
					&& AssessmentRows.blank(scoreNote);
		}

		Participant toParticipant() {
			return new Participant(id, name, kind, memberId, professionalId, view);
		}

	}

	static class FactRow {

		public UUID id;

		public String text;

		public String source;

		public Certainty certainty;

		static FactRow blank() {
			var row = new FactRow();
			row.id = SubmissionIds.next();
			return row;
		}

		static FactRow of(Fact f) {
			var row = new FactRow();
			row.id = f.id();
			row.text = f.text();
			row.source = f.source();
			row.certainty = f.certainty();
			return row;
		}

		boolean isEmpty() {
			return AssessmentRows.blank(text) && AssessmentRows.blank(source);
		}

		Fact toFact() {
			return new Fact(id, text, source, certainty);
		}

	}

	/** A worry, a strength or a next step; owner and due date are for next steps. */
	static class ItemRow {

		public UUID id;

		public ItemKind kind;

		public String text;

		public String explanation;

		public String owner;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		public LocalDate dueDate;

		static ItemRow blank() {
			var row = new ItemRow();
			row.id = SubmissionIds.next();
			return row;
		}

		static ItemRow of(Item item) {
			var row = new ItemRow();
			row.id = item.id();
			row.kind = item.kind();
			row.text = item.text();
			row.explanation = item.explanation();
			row.owner = item.owner();
			row.dueDate = item.dueDate();
			return row;
		}

		boolean isEmpty() {
			return AssessmentRows.blank(text) && AssessmentRows.blank(explanation) && AssessmentRows.blank(owner)
					&& dueDate == null;
		}

		Item toItem() {
			return new Item(id, kind, text, explanation, owner, dueDate);
		}

	}

	static class DangerRow {

		public UUID id;

		public String text;

		public String safetyGoal;

		public String explanation;

		static DangerRow blank() {
			var row = new DangerRow();
			row.id = SubmissionIds.next();
			return row;
		}

		static DangerRow of(DangerStatement statement) {
			var row = new DangerRow();
			row.id = statement.id();
			row.text = statement.text();
			row.safetyGoal = statement.safetyGoal();
			row.explanation = statement.explanation();
			return row;
		}

		boolean isEmpty() {
			return AssessmentRows.blank(text) && AssessmentRows.blank(safetyGoal) && AssessmentRows.blank(explanation);
		}

		DangerStatement toStatement() {
			return new DangerStatement(id, text, safetyGoal, explanation);
		}

	}

	static class DecisionRow {

		public UUID id;

		public DecisionKind kind = DecisionKind.OTHER;

		public String decision;

		public String rationale;

		public UUID challengedBy;

		public String challengeNote;

		public FamilyPosition familyPosition;

		public String familyWords;

		public String explanation;

		static DecisionRow blank() {
			var row = new DecisionRow();
			row.id = SubmissionIds.next();
			return row;
		}

		static DecisionRow of(KeyDecision decision) {
			var row = new DecisionRow();
			row.id = decision.id();
			row.kind = decision.kind();
			row.decision = decision.decision();
			row.rationale = decision.rationale();
			row.challengedBy = decision.challengedBy();
			row.challengeNote = decision.challengeNote();
			row.familyPosition = decision.familyView() == null ? null : decision.familyView().position();
			row.familyWords = decision.familyView() == null ? null : decision.familyView().words();
			row.explanation = decision.explanation();
			return row;
		}

		boolean isEmpty() {
			return AssessmentRows.blank(decision) && AssessmentRows.blank(rationale) && challengedBy == null
					&& AssessmentRows.blank(challengeNote) && familyPosition == null
					&& AssessmentRows.blank(familyWords) && AssessmentRows.blank(explanation);
		}

		KeyDecision toDecision() {
			FamilyView view = familyPosition == null && AssessmentRows.blank(familyWords) ? null
					: new FamilyView(familyPosition, familyWords);
			return new KeyDecision(id, kind, null, decision, rationale, challengedBy, null, challengeNote, view,
					explanation, null, null, null);
		}

	}

}

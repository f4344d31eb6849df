package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import org.junit.jupiter.api.Test;

class DocumentChangesTests {

	final UUID sanne = UUID.randomUUID();

	final UUID statement = UUID.randomUUID();

	AssessmentDocument document(String goal, int score, Safety judgement) {
		return new AssessmentDocument(LocalDate.of(2025, 3, 12),
				List.of(new Participant(sanne, "Sanne", ParticipantKind.FAMILY, null, null, null)), null, null, null,
				null, List.of(new DangerStatement(statement, "Wij zijn bang dat ...", goal, null)),
				List.of(new Score(sanne, "Sanne", score, null)), judgement, null, "Omdat ...", null, null, null);
	}

	@Test
	void anEditedElementIsAChangeOfItsFieldNotARemovalAndAnAddition() {
		var changes = DocumentChanges.between(document("Geen ruzie meer.", 4, null),
				document("Geen ruzie meer, een half jaar lang.", 6, new Safety(true, true, null)));
		assertThat(changes).containsExactly(
				new Change(Part.DANGER_STATEMENTS, "safetyGoal", "Wij zijn bang dat ...", "Geen ruzie meer.",
						"Geen ruzie meer, een half jaar lang."),
				new Change(Part.SCORES, "score", "Sanne", "4", "6"),
				new Change(Part.JUDGEMENT, "acuteUnsafety", null, null, "true"),
				new Change(Part.JUDGEMENT, "structuralUnsafety", null, null, "true"));
	}

	@Test
	void theSameDocumentHasNoChanges() {
		assertThat(DocumentChanges.between(document("Doel", 4, null), document("Doel", 4, null))).isEmpty();
	}

	@Test
	void addedAndRemovedElementsAreNamed() {
		var before = document("Doel", 4, null);
		var after = new AssessmentDocument(before.date(), before.participants(), null, null, null, null,
				List.of(new DangerStatement(UUID.randomUUID(), "Nieuw", "Nieuw doel", null)), before.scores(), null,
				null, "Omdat ...", null, null, null);
		assertThat(DocumentChanges.between(before, after)).containsExactly(
				new Change(Part.DANGER_STATEMENTS, "added", null, null, "Nieuw"),
				new Change(Part.DANGER_STATEMENTS, "removed", null, "Wij zijn bang dat ...", null));
	}

}

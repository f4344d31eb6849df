package nl.kernteam.assessment;

import java.util.ArrayList;

import nl.kernteam.assessment.AssessmentRows.ParticipantRow;

/**
 * Editing one part of an assessment (issue 17): the page sends only that part's fields,
 * and the rest of the document is taken as it is stored, so that a save of one part
 * changes nothing else. The version the page read still guards the whole document: a save
 * on top of someone else's is refused as before.
 */
final class PartEdit {

	private PartEdit() {
	}

	/**
	 * Fills the sent form's other parts from the stored document ({@code stored}, the
	 * form of the version read); {@code part} {@code null}: the whole document was sent.
	 */
	static void completeFrom(AssessmentForm sent, Part part, AssessmentForm stored) {
		if (part == null) {
			return;
		}
		if (part != Part.VIEWS) {
			sent.date = stored.date;
			sent.participants = part == Part.SCORES ? scored(sent, stored) : stored.participants;
		}
		else {
			// the people and their views are sent; their scores stay as stored
			sent.participants.forEach(row -> stored.participants.stream()
				.filter(s -> s.id != null && s.id.equals(row.id))
				.findFirst()
				.ifPresent(s -> {
					row.score = s.score;
					row.scoreNote = s.scoreNote;
				}));
		}
		if (part != Part.FACTS) {
			sent.facts = stored.facts;
		}
		if (part != Part.WORRIES) {
			sent.worries = stored.worries;
		}
		if (part != Part.STRENGTHS) {
			sent.strengths = stored.strengths;
		}
		if (part != Part.DANGER_STATEMENTS) {
			sent.dangerStatements = stored.dangerStatements;
		}
		if (part != Part.NEXT_STEPS) {
			sent.nextSteps = stored.nextSteps;
		}
		if (part != Part.JUDGEMENT) {
			sent.safety = stored.safety;
			sent.rationale = stored.rationale;
			sent.explanatoryAnalysis = stored.explanatoryAnalysis;
		}
		if (part != Part.KEY_DECISIONS) {
			sent.keyDecisions = stored.keyDecisions;
		}
		for (Part other : Part.values()) {
			if (other != part) {
				sent.explanations.put(other.name(), stored.explanations.get(other.name()));
			}
		}
	}

	/** The stored people with the scores the page sent, row by row. */
	private static java.util.List<ParticipantRow> scored(AssessmentForm sent, AssessmentForm stored) {
		var rows = new ArrayList<ParticipantRow>();
		for (int i = 0; i < stored.participants.size(); i++) {
			var row = stored.participants.get(i);
			var given = i < sent.participants.size() ? sent.participants.get(i) : null;
			row.score = given == null ? null : given.score;
			row.scoreNote = given == null ? null : given.scoreNote;
			rows.add(row);
		}
		return rows;
	}

}

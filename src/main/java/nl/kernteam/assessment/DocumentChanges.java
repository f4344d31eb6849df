package nl.kernteam.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;

/**
 * The field-level difference between two versions of a document. Elements are matched by
 * their stable ids, so an edited danger statement shows as a changed text, not as one
 * removed and one added. The date has no part ({@code part} is {@code null}).
 */
final class DocumentChanges {

	static final int LABEL_LENGTH = 60;

	private final List<Change> changes = new ArrayList<>();

	private DocumentChanges() {
	}

	static List<Change> between(AssessmentDocument before, AssessmentDocument after) {
		var diff = new DocumentChanges();
		diff.value(null, "date", null, String.valueOf(before.date()), String.valueOf(after.date()));
		diff.list(Part.VIEWS, before.participants(), after.participants(), Participant::id, Participant::name,
				p -> fields("name", p.name(), "kind", name(p.kind()), "view", p.view()));
		diff.list(Part.FACTS, before.facts(), after.facts(), Fact::id, Fact::text,
				f -> fields("text", f.text(), "source", f.source(), "certainty", name(f.certainty())));
		diff.items(Part.WORRIES, before.worries(), after.worries());
		diff.items(Part.STRENGTHS, before.strengths(), after.strengths());
		diff.list(Part.DANGER_STATEMENTS, before.dangerStatements(), after.dangerStatements(), DangerStatement::id,
				DangerStatement::text,
				d -> fields("text", d.text(), "safetyGoal", d.safetyGoal(), "explanation", d.explanation()));
		diff.items(Part.NEXT_STEPS, before.nextSteps(), after.nextSteps());
		diff.list(Part.SCORES, before.scores(), after.scores(), Score::participantId,
				s -> s.participant() + ": " + s.score(), Score::participant,
				s -> fields("score", String.valueOf(s.score()), "note", s.note()));
		diff.safety(before.safety(), after.safety());
		diff.value(Part.JUDGEMENT, "rationale", null, before.rationale(), after.rationale());
		diff.value(Part.JUDGEMENT, "explanatoryAnalysis", null, before.explanatoryAnalysis(),
				after.explanatoryAnalysis());
		diff.list(Part.KEY_DECISIONS, before.keyDecisions(), after.keyDecisions(), KeyDecision::id,
				KeyDecision::decision, DocumentChanges::decisionFields);
		for (Part part : Part.values()) {
			diff.value(part, "explanation", null, before.explanations().of(part), after.explanations().of(part));
		}
		return List.copyOf(diff.changes);
	}

	/** Each of the three questions of the judgement, as a change of its own. */
	private void safety(Safety before, Safety after) {
		value(Part.JUDGEMENT, "acuteUnsafety", null, answer(before, Safety::acute), answer(after, Safety::acute));
		value(Part.JUDGEMENT, "structuralUnsafety", null, answer(before, Safety::structural),
				answer(after, Safety::structural));
		value(Part.JUDGEMENT, "developmentalThreat", null, answer(before, Safety::developmentalThreat),
				answer(after, Safety::developmentalThreat));
	}

	private static String answer(Safety safety, Function<Safety, Boolean> question) {
		return safety == null || question.apply(safety) == null ? null : question.apply(safety).toString();
	}

	private void items(Part part, List<Item> before, List<Item> after) {
		list(part, before, after, Item::id, Item::text,
				i -> fields("text", i.text(), "kind", name(i.kind()), "explanation", i.explanation(), "owner",
						i.owner(), "dueDate", i.dueDate() == null ? null : i.dueDate().toString()));
	}

	private static Map<String, String> decisionFields(KeyDecision d) {
		var fields = fields("decision", d.decision(), "kind", name(d.kind()), "rationale", d.rationale(),
				"challengedBy", d.challengedByName(), "challengeNote", d.challengeNote(), "explanation",
				d.explanation());
		fields.put("familyPosition", d.familyView() == null ? null : name(d.familyView().position()));
		fields.put("familyWords", d.familyView() == null ? null : d.familyView().words());
		return fields;
	}

	private <T> void list(Part part, List<T> before, List<T> after, Function<T, UUID> id, Function<T, String> label,
			Function<T, Map<String, String>> fields) {
		list(part, before, after, id, label, label, fields);
	}

	/**
	 * @param label names an element added or removed; {@code subject} names an element
	 * whose fields changed
	 */
	private <T> void list(Part part, List<T> before, List<T> after, Function<T, UUID> id, Function<T, String> label,
			Function<T, String> subject, Function<T, Map<String, String>> fields) {
		Map<UUID, T> old = new LinkedHashMap<>();
		before.forEach(element -> old.put(id.apply(element), element));
		for (T element : after) {
			T previous = old.remove(id.apply(element));
			if (previous == null) {
				changes.add(new Change(part, "added", null, null, label.apply(element)));
				continue;
			}
			Map<String, String> was = fields.apply(previous);
			fields.apply(element)
				.forEach((field, value) -> value(part, field, abbreviated(subject.apply(element)), was.get(field),
						value));
		}
		old.values().forEach(element -> changes.add(new Change(part, "removed", null, label.apply(element), null)));
	}

	private void value(Part part, String field, String subject, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(part, field, subject, before, after));
		}
	}

	private static Map<String, String> fields(String... namesAndValues) {
		var fields = new LinkedHashMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String abbreviated(String text) {
		return text == null || text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1) + "…";
	}

}

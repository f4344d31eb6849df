package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import nl.kernteam.assessment.AssessmentDocument.Explanations;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.Score;
import nl.kernteam.assessment.AssessmentRows.DangerRow;
import nl.kernteam.assessment.AssessmentRows.DecisionRow;
import nl.kernteam.assessment.AssessmentRows.FactRow;
import nl.kernteam.assessment.AssessmentRows.ItemRow;
import nl.kernteam.assessment.AssessmentRows.ParticipantRow;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The assessment page's form: the whole document in rows, bound by field (see
 * {@code AssessmentEditController}). Rows left completely empty are dropped on saving, so
 * that an added row that was not used does no harm. Because of that, field names in
 * problems of the saved document are translated back to the rows of this form.
 */
class AssessmentForm {

	public int version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate date;

	public List<ParticipantRow> participants = new ArrayList<>();

	public List<FactRow> facts = new ArrayList<>();

	public List<ItemRow> worries = new ArrayList<>();

	public List<ItemRow> strengths = new ArrayList<>();

	public List<DangerRow> dangerStatements = new ArrayList<>();

	public List<ItemRow> nextSteps = new ArrayList<>();

	/** The three questions of the judgement; all empty: not judged yet. */
	public SafetyAnswers safety = new SafetyAnswers();

	public String rationale;

	public String explanatoryAnalysis;

	public List<DecisionRow> keyDecisions = new ArrayList<>();

	/** By {@link Part} name. */
	public Map<String, String> explanations = new HashMap<>();

	/**
	 * For each list of the saved document: the index of each element's row in this form.
	 */
	private final Map<String, List<Integer>> rowOf = new HashMap<>();

	static AssessmentForm of(AssessmentDetails details) {
		var form = new AssessmentForm();
		var d = details.document();
		form.version = details.version();
		form.date = d.date();
		d.participants()
			.forEach(p -> form.participants.add(ParticipantRow.of(p,
					d.scores().stream().filter(s -> s.participantId().equals(p.id())).findFirst().orElse(null))));
		d.facts().forEach(f -> form.facts.add(FactRow.of(f)));
		d.worries().forEach(i -> form.worries.add(ItemRow.of(i)));
		d.strengths().forEach(i -> form.strengths.add(ItemRow.of(i)));
		d.dangerStatements().forEach(s -> form.dangerStatements.add(DangerRow.of(s)));
		d.nextSteps().forEach(i -> form.nextSteps.add(ItemRow.of(i)));
		form.safety = SafetyAnswers.of(d.safety());
		form.rationale = d.rationale();
		form.explanatoryAnalysis = d.explanatoryAnalysis();
		d.keyDecisions().forEach(k -> form.keyDecisions.add(DecisionRow.of(k)));
		for (Part part : Part.values()) {
			form.explanations.put(part.name(), d.explanations().of(part));
		}
		return form;
	}

	SaveAssessment toSave() {
		var people = kept("participants", participants, ParticipantRow::isEmpty);
		var scoreRows = new ArrayList<Integer>();
		var scores = new ArrayList<Score>();
		for (int i = 0; i < people.size(); i++) {
			var row = people.get(i);
			if (row.score != null) {
				scores.add(new Score(row.id, row.name, row.score, row.scoreNote));
				scoreRows.add(rowOf.get("participants").get(i));
			}
		}
		rowOf.put("scores", scoreRows);
		return new SaveAssessment(version, date, people.stream().map(ParticipantRow::toParticipant).toList(),
				kept("facts", facts, FactRow::isEmpty).stream().map(FactRow::toFact).toList(),
				items("worries", worries), items("strengths", strengths), items("nextSteps", nextSteps),
				kept("dangerStatements", dangerStatements, DangerRow::isEmpty).stream()
					.map(DangerRow::toStatement)
					.toList(),
				scores, safety.toSafety(), null, rationale, explanatoryAnalysis,
				kept("keyDecisions", keyDecisions, DecisionRow::isEmpty).stream().map(DecisionRow::toDecision).toList(),
				Explanations.from(part -> explanations.get(part.name())));
	}

	/** The judgement's three yes/no questions as the page binds them. */
	public static class SafetyAnswers {

		public Boolean acute;

		public Boolean structural;

		public Boolean developmentalThreat;

		static SafetyAnswers of(Safety safety) {
			var answers = new SafetyAnswers();
			if (safety != null) {
				answers.acute = safety.acute();
				answers.structural = safety.structural();
				answers.developmentalThreat = safety.developmentalThreat();
			}
			return answers;
		}

		/** {@code null} when no question is answered: not judged yet. */
		Safety toSafety() {
			return acute == null && structural == null && developmentalThreat == null ? null
					: new Safety(acute, structural, developmentalThreat);
		}

	}

	private List<Item> items(String list, List<ItemRow> rows) {
		return kept(list, rows, ItemRow::isEmpty).stream().map(ItemRow::toItem).toList();
	}

	private <R> List<R> kept(String list, List<R> rows, Predicate<R> empty) {
		var indexes = new ArrayList<Integer>();
		var result = new ArrayList<R>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && !empty.test(rows.get(i))) {
				indexes.add(i);
				result.add(rows.get(i));
			}
		}
		rowOf.put(list, indexes);
		return result;
	}

	/**
	 * The form field for a field of the saved document: {@code worries[2].text} may be
	 * {@code worries[3].text} here, and a score lives with its participant. Call after
	 * {@link #toSave()}.
	 */
	String formField(String documentField) {
		var matcher = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)](.*)$").matcher(documentField);
		if (!matcher.matches() || !rowOf.containsKey(matcher.group(1))) {
			return documentField;
		}
		String list = matcher.group(1);
		int index = Integer.parseInt(matcher.group(2));
		var rows = rowOf.get(list);
		if (index >= rows.size()) {
			return null;
		}
		String rest = matcher.group(3);
		if (list.equals("scores")) {
			return "participants[" + rows.get(index) + "]" + (rest.equals(".score") ? ".score" : ".name");
		}
		if (list.equals("keyDecisions") && rest.startsWith(".familyView")) {
			rest = ".familyWords";
		}
		return list + "[" + rows.get(index) + "]" + rest;
	}

	/** Adds an empty row to a list; returns false for an unknown list. */
	boolean add(String list) {
		switch (list) {
			case "participants" -> participants.add(ParticipantRow.blank());
			case "facts" -> facts.add(FactRow.blank());
			case "worries" -> worries.add(ItemRow.blank());
			case "strengths" -> strengths.add(ItemRow.blank());
			case "dangerStatements" -> dangerStatements.add(DangerRow.blank());
			case "nextSteps" -> nextSteps.add(ItemRow.blank());
			case "keyDecisions" -> keyDecisions.add(DecisionRow.blank());
			default -> {
				return false;
			}
		}
		return true;
	}

	/**
	 * Removes a row, given as {@code list:index}; returns false when there is no such
	 * row.
	 */
	boolean remove(String row) {
		String[] parts = row.split(":");
		if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
			return false;
		}
		List<?> rows = switch (parts[0]) {
			case "participants" -> participants;
			case "facts" -> facts;
			case "worries" -> worries;
			case "strengths" -> strengths;
			case "dangerStatements" -> dangerStatements;
			case "nextSteps" -> nextSteps;
			case "keyDecisions" -> keyDecisions;
			default -> null;
		};
		int index = Integer.parseInt(parts[1]);
		if (rows == null || index >= rows.size()) {
			return false;
		}
		rows.remove(index);
		return true;
	}

	/**
	 * Adds a participant suggested from the household or its network, unless already
	 * there.
	 */
	void addParticipant(String name, ParticipantKind kind, UUID memberId, UUID professionalId) {
		boolean present = participants.stream()
			.anyMatch(p -> (memberId != null && memberId.equals(p.memberId))
					|| (professionalId != null && professionalId.equals(p.professionalId))
					|| (p.name != null && p.name.trim().equalsIgnoreCase(name)));
		if (!present) {
			var row = ParticipantRow.blank();
			row.name = name;
			row.kind = kind;
			row.memberId = memberId;
			row.professionalId = professionalId;
			participants.add(row);
		}
	}

}

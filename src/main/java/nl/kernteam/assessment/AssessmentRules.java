package nl.kernteam.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Explanations;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.FamilyView;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.InvalidInputException.FieldProblem;
import nl.kernteam.shared.Role;

/**
 * The rules of a document that Bean Validation cannot express, and its normal form: every
 * element gets an id, blank texts become {@code null}, scores point at their participant
 * by id, and each key decision knows who recorded it. Field names in the problems are
 * those of the document as the client sent it.
 */
final class AssessmentRules {

	/**
	 * What the rules need to know besides the document.
	 *
	 * @param members the household's current members
	 * @param professionals looks up a professional
	 * @param stored the document as stored now (empty for a new assessment): elements
	 * sent without an id take the id of the stored element with the same text, or else of
	 * the one at the same place
	 * @param actor the professional saving now (the recorder of new decisions)
	 */
	record Context(Set<UUID> members, Function<UUID, Optional<ProfessionalSummary>> professionals,
			AssessmentDocument stored, UUID actor, Instant now) {

		Map<UUID, Recorded> recorded() {
			var result = new HashMap<UUID, Recorded>();
			stored.keyDecisions().forEach(d -> result.put(d.id(), new Recorded(d.recordedBy(), d.recordedAt())));
			return result;
		}
	}

	record Recorded(UUID by, Instant at) {
	}

	private final Context context;

	private final List<FieldProblem> problems = new ArrayList<>();

	private AssessmentRules(Context context) {
		this.context = context;
	}

	/**
	 * @throws InvalidInputException with every problem found
	 */
	static AssessmentDocument check(AssessmentDocument document, Context context) {
		var rules = new AssessmentRules(context);
		var normal = rules.normalise(document);
		if (!rules.problems.isEmpty()) {
			throw new InvalidInputException(rules.problems);
		}
		return normal;
	}

	private AssessmentDocument normalise(AssessmentDocument d) {
		var participants = participants(d.participants());
		var scores = scores(d.scores(), participants);
		var judgement = d.safety();
		if (d.judgedTwiceDifferently()) {
			problems.add(new FieldProblem("safetyJudgement", "assessment.safety.conflict"));
		}
		String rationale = text(d.rationale());
		if (judgement != null && judgement.needsRationale() && rationale == null) {
			problems.add(new FieldProblem("rationale", "assessment.rationale.required"));
		}
		var stored = context.stored();
		var worries = items("worries", Part.WORRIES, d.worries(), stored.worries());
		var strengths = items("strengths", Part.STRENGTHS, d.strengths(), stored.strengths());
		var nextSteps = items("nextSteps", Part.NEXT_STEPS, d.nextSteps(), stored.nextSteps());
		uniqueAcrossLists(worries, strengths, nextSteps);
		return new AssessmentDocument(d.date(), participants, facts(d.facts()), worries, strengths, nextSteps,
				dangerStatements(d.dangerStatements()), scores, judgement, null, rationale,
				text(d.explanatoryAnalysis()), decisions(d.keyDecisions()), explanations(d.explanations()));
	}

	private List<Participant> participants(List<Participant> input) {
		var result = new ArrayList<Participant>();
		var names = new HashSet<String>();
		var ids = StableIds.of("participants", input, context.stored().participants(), Participant::id,
				Participant::name, problems);
		for (int i = 0; i < input.size(); i++) {
			Participant p = input.get(i);
			String path = "participants[" + i + "]";
			String name = p.name().trim();
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add(new FieldProblem(path + ".name", "assessment.participant.name.duplicate"));
			}
			UUID id = ids.get(i);
			// a member who has since left the household may stay on a participant that
			// was stored with them
			boolean storedWithThisMember = context.stored()
				.participants()
				.stream()
				.anyMatch(stored -> id.equals(stored.id()) && p.memberId() != null
						&& p.memberId().equals(stored.memberId()));
			if (p.memberId() != null && !storedWithThisMember
					&& (p.kind() != ParticipantKind.FAMILY || !context.members().contains(p.memberId()))) {
				problems.add(new FieldProblem(path + ".memberId", "assessment.participant.member.unknown"));
			}
			if (p.professionalId() != null && (p.kind() != ParticipantKind.PROFESSIONAL
					|| context.professionals().apply(p.professionalId()).isEmpty())) {
				problems.add(new FieldProblem(path + ".professionalId", "assessment.participant.professional.unknown"));
			}
			result.add(new Participant(id, name, p.kind(), p.memberId(), p.professionalId(), text(p.view())));
		}
		return result;
	}

	private List<Score> scores(List<Score> input, List<Participant> participants) {
		var result = new ArrayList<Score>();
		var scored = new HashSet<UUID>();
		for (int i = 0; i < input.size(); i++) {
			Score s = input.get(i);
			String path = "scores[" + i + "]";
			Optional<Participant> participant = participants.stream()
				.filter(p -> s.participantId() != null ? p.id().equals(s.participantId())
						: s.participant() != null && p.name().equalsIgnoreCase(s.participant().trim()))
				.findFirst();
			if (participant.isEmpty()) {
				problems.add(new FieldProblem(path + ".participant", "assessment.score.participant.unknown"));
				continue;
			}
			if (!scored.add(participant.get().id())) {
				problems.add(new FieldProblem(path + ".participant", "assessment.score.duplicate"));
				continue;
			}
			result.add(new Score(participant.get().id(), participant.get().name(), s.score(), text(s.note())));
		}
		return result;
	}

	private List<Fact> facts(List<Fact> input) {
		var ids = StableIds.of("facts", input, context.stored().facts(), Fact::id, Fact::text, problems);
		var result = new ArrayList<Fact>();
		for (int i = 0; i < input.size(); i++) {
			Fact f = input.get(i);
			result.add(new Fact(ids.get(i), f.text().trim(), f.source().trim(), f.certainty()));
		}
		return result;
	}

	private List<Item> items(String list, Part part, List<Item> input, List<Item> stored) {
		var ids = StableIds.of(list, input, stored, Item::id, Item::text, problems);
		var result = new ArrayList<Item>();
		for (int i = 0; i < input.size(); i++) {
			Item item = input.get(i);
			String path = list + "[" + i + "]";
			if (item.kind() != null && item.kind().part() != part) {
				problems.add(new FieldProblem(path + ".kind", "assessment.item.kind.wrongList"));
			}
			boolean next = part == Part.NEXT_STEPS;
			result.add(new Item(ids.get(i), item.kind(), item.text().trim(), text(item.explanation()),
					next ? text(item.owner()) : null, next ? item.dueDate() : null));
		}
		return result;
	}

	/**
	 * Worries, strengths and next steps share one table: an id may appear in only one of
	 * them.
	 */
	private void uniqueAcrossLists(List<Item> worries, List<Item> strengths, List<Item> nextSteps) {
		var seen = new HashSet<UUID>();
		String[] names = { "worries", "strengths", "nextSteps" };
		List<List<Item>> lists = List.of(worries, strengths, nextSteps);
		for (int l = 0; l < lists.size(); l++) {
			for (int i = 0; i < lists.get(l).size(); i++) {
				if (!seen.add(lists.get(l).get(i).id())) {
					problems.add(new FieldProblem(names[l] + "[" + i + "].id", "assessment.id.duplicate"));
				}
			}
		}
	}

	private List<DangerStatement> dangerStatements(List<DangerStatement> input) {
		var ids = StableIds.of("dangerStatements", input, context.stored().dangerStatements(), DangerStatement::id,
				DangerStatement::text, problems);
		var result = new ArrayList<DangerStatement>();
		for (int i = 0; i < input.size(); i++) {
			DangerStatement d = input.get(i);
			result.add(new DangerStatement(ids.get(i), d.text().trim(), d.safetyGoal().trim(), text(d.explanation())));
		}
		return result;
	}

	private List<KeyDecision> decisions(List<KeyDecision> input) {
		var ids = StableIds.of("keyDecisions", input, context.stored().keyDecisions(), KeyDecision::id,
				KeyDecision::decision, problems);
		var recordedBefore = context.recorded();
		var result = new ArrayList<KeyDecision>();
		for (int i = 0; i < input.size(); i++) {
			KeyDecision d = input.get(i);
			String path = "keyDecisions[" + i + "]";
			UUID id = ids.get(i);
			var before = context.stored().keyDecisions().stream().filter(k -> id.equals(k.id())).findFirst();
			// a decision whose words or kind changed is a new decision, recorded by
			// whoever changes it now
			boolean sameDecision = before
				.filter(k -> k.decision().trim().equals(d.decision().trim()) && k.kind() == d.kind())
				.isPresent();
			Recorded recorded = sameDecision && recordedBefore.containsKey(id) ? recordedBefore.get(id)
					: new Recorded(context.actor(), context.now());
			Optional<ProfessionalSummary> challenger = d.challengedBy() == null ? Optional.empty()
					: context.professionals().apply(d.challengedBy());
			// a challenge that was valid when it was given stays valid: only a new or
			// changed one is checked again
			boolean sameChallenge = sameDecision
					&& before.filter(k -> java.util.Objects.equals(k.challengedBy(), d.challengedBy())).isPresent();
			if (!sameChallenge) {
				challenge(d, path, recorded, challenger);
			}
			FamilyView view = d.familyView() == null || d.familyView().isEmpty() ? null
					: new FamilyView(d.familyView().position(), text(d.familyView().words()));
			result.add(new KeyDecision(id, d.kind(), null, d.decision().trim(), d.rationale().trim(), d.challengedBy(),
					challenger.map(ProfessionalSummary::name).orElse(null), text(d.challengeNote()), view,
					text(d.explanation()), recorded.by(), null, recorded.at()));
		}
		return result;
	}

	/**
	 * Tegenspraak: a challenger is a known professional other than the one who recorded
	 * the decision, and a placement outside the home is always challenged, by a
	 * behavioural scientist.
	 */
	private void challenge(KeyDecision d, String path, Recorded recorded, Optional<ProfessionalSummary> challenger) {
		String field = path + ".challengedBy";
		if (d.challengedBy() != null && challenger.isEmpty()) {
			problems.add(new FieldProblem(field, "assessment.decision.challenger.unknown"));
		}
		else if (d.challengedBy() != null && d.challengedBy().equals(recorded.by())) {
			problems.add(new FieldProblem(field, "assessment.decision.challenger.isRecorder"));
		}
		else if (d.kind() == DecisionKind.PLACEMENT && d.challengedBy() == null) {
			problems.add(new FieldProblem(field, "assessment.decision.placement.challengerRequired"));
		}
		else if (d.kind() == DecisionKind.PLACEMENT && !challenger.get().roles().contains(Role.BEHAVIOURAL_SCIENTIST)) {
			problems.add(new FieldProblem(field, "assessment.decision.placement.behaviouralScientist"));
		}
	}

	private static Explanations explanations(Explanations e) {
		return Explanations.from(part -> text(e.of(part)));
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}

package nl.kernteam.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.FamilyAssessmentQueries;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.plan.PlanDetails;
import nl.kernteam.portal.FamilyHousehold.Assessment;
import nl.kernteam.portal.FamilyHousehold.Point;
import nl.kernteam.portal.FamilyHousehold.Scale;
import nl.kernteam.portal.FamilySight.Aspect;

/**
 * Turns what the modules hold into what one family member sees: every item passes
 * {@link FamilySight} (by the member it concerns, see there) and the member's
 * withholdings. No reading here: the caller reads everything in a few statements first.
 */
final class FamilyPicture {

	/** The rights a family member has at every step; the rights page explains each. */
	static final List<String> RIGHTS = List.of("portal.right.see", "portal.right.correct", "portal.right.object",
			"portal.right.complain", "portal.right.adviser");

	private final FamilySight.Viewer viewer;

	private final WithholdingRepository.Kept kept;

	FamilyPicture(FamilySight.Viewer viewer, WithholdingRepository.Kept kept) {
		this.viewer = viewer;
		this.kept = kept;
	}

	List<Assessment> assessments(List<FamilyAssessmentQueries.Saved> saved) {
		return saved.stream().map(this::assessment).toList();
	}

	private Assessment assessment(FamilyAssessmentQueries.Saved saved) {
		var doc = saved.document();
		var e = doc.explanations();
		var views = doc.participants()
			.stream()
			.filter(p -> p.view() != null && !p.view().isBlank() && seesParticipant(p))
			.map(p -> new FamilyHousehold.View(p.id(), p.name(), p.kind().name(), p.view()))
			.toList();
		var decisions = doc.keyDecisions()
			.stream()
			.filter(d -> shown(FamilyItemKind.KEY_DECISION, d.id()))
			.map(d -> new FamilyHousehold.Decision(d.id(), d.kind().name(), d.decision(), d.rationale(),
					d.explanation(),
					d.familyView() == null || d.familyView().position() == null ? null
							: d.familyView().position().name(),
					d.familyView() == null ? null : d.familyView().words()))
			.toList();
		return new Assessment(saved.id(), doc.date(), items(FamilyItemKind.WORRY, doc.worries()),
				items(FamilyItemKind.STRENGTH, doc.strengths()), items(FamilyItemKind.NEXT_STEP, doc.nextSteps()),
				doc.dangerStatements()
					.stream()
					.filter(d -> shown(FamilyItemKind.DANGER_STATEMENT, d.id()))
					.map(d -> new FamilyHousehold.Danger(d.id(), d.text(), d.safetyGoal(), d.explanation()))
					.toList(),
				doc.safety(), doc.safetyJudgement() == null ? null : doc.safetyJudgement().name(),
				new FamilyHousehold.Explanations(e.worries(), e.strengths(), e.nextSteps(), e.dangerStatements(),
						e.scores(), e.judgement(), e.keyDecisions()),
				decisions, views);
	}

	/**
	 * Each person's scale over the assessments, oldest first, as far as this member sees.
	 */
	List<Scale> scales(List<FamilyAssessmentQueries.Saved> saved) {
		var byPerson = new LinkedHashMap<String, List<Point>>();
		var kinds = new LinkedHashMap<String, String>();
		for (int i = saved.size() - 1; i >= 0; i--) {
			var doc = saved.get(i).document();
			for (var score : doc.scores()) {
				var participant = participant(doc, score);
				if (participant == null || !seesParticipant(participant)) {
					continue;
				}
				byPerson.computeIfAbsent(participant.name(), name -> new ArrayList<>())
					.add(new Point(doc.date(), score.score(), score.note()));
				kinds.put(participant.name(), participant.kind().name());
			}
		}
		var scales = new ArrayList<Scale>();
		for (Map.Entry<String, List<Point>> entry : byPerson.entrySet()) {
			scales.add(new Scale(entry.getKey(), kinds.get(entry.getKey()), List.copyOf(entry.getValue())));
		}
		return scales;
	}

	FamilyHousehold.Plan plan(PlanDetails plan) {
		if (!plan.started()) {
			return null;
		}
		var next = plan.nextEvaluation();
		return new FamilyHousehold.Plan(plan.phase().name(),
				plan.goals()
					.stream()
					.filter(g -> shown(FamilyItemKind.GOAL, g.id()))
					.map(g -> new FamilyHousehold.Goal(g.id(), g.text(), g.explanation()))
					.toList(),
				plan.agreements()
					.stream()
					.filter(a -> shown(FamilyItemKind.AGREEMENT, a.id()))
					.map(a -> new FamilyHousehold.Agreement(a.id(), a.goalId(), a.description(), a.owner(), a.dueDate(),
							a.status().name()))
					.toList(),
				next == null ? null : next.plannedOn());
	}

	List<FamilyHousehold.Signaller> signalledBy(List<PortalRepository.Signalled> signals) {
		var since = new LinkedHashMap<String, java.time.Instant>();
		signals.stream()
			.filter(s -> viewer.sees(s.memberId(), Aspect.MATTER))
			.forEach(s -> since.merge(s.organisationName(), s.since(), (a, b) -> a.isBefore(b) ? a : b));
		return since.entrySet().stream().map(e -> new FamilyHousehold.Signaller(e.getKey(), e.getValue())).toList();
	}

	private List<FamilyHousehold.Item> items(FamilyItemKind kind, List<AssessmentDocument.Item> items) {
		return items.stream()
			.filter(i -> shown(kind, i.id()))
			.map(i -> new FamilyHousehold.Item(i.id(), i.text(), i.explanation(), i.owner(), i.dueDate()))
			.toList();
	}

	/**
	 * A participant's view and scale: a professional's or the informal network's is the
	 * general picture; a family member's are their own words; a family participant not
	 * linked to a member is nobody's to show.
	 */
	private boolean seesParticipant(AssessmentDocument.Participant participant) {
		if (!shown(FamilyItemKind.PARTICIPANT, participant.id())) {
			return false;
		}
		if (participant.kind() != ParticipantKind.FAMILY) {
			return true;
		}
		return participant.memberId() != null && viewer.sees(participant.memberId(), Aspect.OWN_WORDS);
	}

	private static AssessmentDocument.Participant participant(AssessmentDocument doc, AssessmentDocument.Score score) {
		for (var p : doc.participants()) {
			if ((score.participantId() != null && score.participantId().equals(p.id()))
					|| (score.participantId() == null
							&& p.name().equalsIgnoreCase(String.valueOf(score.participant())))) {
				return p;
			}
		}
		return null;
	}

	private boolean shown(FamilyItemKind kind, UUID id) {
		return id == null || !kept.contains(kind, id);
	}

}

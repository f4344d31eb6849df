package nl.kernteam.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.DraftRepository;
import nl.kernteam.shared.Submissions;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to assessments. Each save writes the current document into the normalised
 * tables and an immutable version row with the whole document, who saved it and when.
 *
 * @throws InvalidInputException for a document that breaks a rule (score outside 0–10,
 * unsafety without a rationale, a placement decision without a behavioural scientist as
 * challenger ...)
 * @throws StaleAssessmentException for a save based on a version that is no longer
 * current (nothing is changed)
 * @throws ForbiddenException when the actor is not in the household's network, or reads
 * under emergency access
 * @throws NotFoundException when the household or the assessment does not exist
 */
@Service
@Validated
@Transactional
public class AssessmentManagement {

	private final Submissions submissions;

	private final AssessmentRepository assessments;

	private final AssessmentSaveRepository saves;

	private final VersionRepository versions;

	private final HouseholdAccess access;

	private final Professionals professionals;

	private final JsonMapper json;

	private final Clock clock;

	private final AssessmentDestructionRepository destructions;

	private final DraftRepository drafts;

	AssessmentManagement(AssessmentRepository assessments, AssessmentSaveRepository saves, VersionRepository versions,
			HouseholdAccess access, Professionals professionals, JsonMapper json, Clock clock, Submissions submissions,
			AssessmentDestructionRepository destructions, DraftRepository drafts) {
		this.destructions = destructions;
		this.drafts = drafts;
		this.submissions = submissions;
		this.assessments = assessments;
		this.saves = saves;
		this.versions = versions;
		this.access = access;
		this.professionals = professionals;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Starts an assessment; its first version is 1. Creating the same id twice (a form
	 * sent twice) returns the first.
	 */
	public AssessmentId create(Actor actor, HouseholdId household, @Valid CreateAssessment command) {
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		access.write(actor, household, AccessAction.CREATE, "assessment:" + id);
		submissions.serialise(command.id());
		var existing = assessments.head(id);
		if (existing.isPresent()) {
			return repeated(actor, household, id, existing.get());
		}
		AssessmentDocument start = AssessmentDocument.start(command.date(), command.participants());
		if (Boolean.TRUE.equals(command.copyPrevious())) {
			start = carriedOver(household, start);
		}
		Instant now = clock.instant();
		var document = AssessmentRules.check(start,
				context(actor, household, AssessmentDocument.start(command.date(), List.of()), now));
		if (!saves.insert(id, household.value(), document, actor.professionalId(), now)) {
			return repeated(actor, household, id, assessments.head(id).orElseThrow());
		}
		write(actor, id, 1, document, now);
		return AssessmentId.of(id);
	}

	/**
	 * Saves the whole document, based on the version that was read.
	 * @return the new version
	 */
	public int save(Actor actor, HouseholdId household, AssessmentId id, @Valid SaveAssessment command) {
		access.write(actor, household, AccessAction.UPDATE, "assessment:" + id);
		var stored = assessments.load(id.value(), household.value(), false)
			.orElseThrow(() -> new NotFoundException("assessment " + id));
		if (stored.version() != command.version()) {
			throw new StaleAssessmentException(command.version(), stored.version());
		}
		Instant now = clock.instant();
		var document = AssessmentRules.check(command.document(), context(actor, household, stored.document(), now));
		int version = saves
			.update(id.value(), household.value(), command.version(), document, actor.professionalId(), now)
			.orElseThrow(() -> new StaleAssessmentException(command.version(), command.version() + 1));
		write(actor, id.value(), version, document, now);
		drafts.discard(actor.professionalId(), household.value(), "assessment:" + id);
		return version;
	}

	/**
	 * Discards an assessment that was started and never saved (issue 17), so that leaving
	 * "Nieuw gesprek" leaves nothing behind.
	 * @throws ConflictException when it has been saved since
	 */
	public void discardUnsaved(Actor actor, HouseholdId household, AssessmentId id) {
		access.write(actor, household, AccessAction.UPDATE, "assessment:" + id + ":discard");
		if (assessments.head(id.value()).filter(h -> h.householdId().equals(household.value())).isEmpty()) {
			throw new NotFoundException("assessment " + id);
		}
		if (!destructions.discardUnsaved(id.value(), household.value())) {
			throw new ConflictException("assessment.discard.notEmpty");
		}
		drafts.discard(actor.professionalId(), household.value(), "assessment:" + id);
	}

	private void write(Actor actor, UUID id, int version, AssessmentDocument document, Instant now) {
		saves.replaceParts(id, document);
		versions.insertVersion(id, version, now, actor.professionalId(), actor.name(),
				json.writeValueAsString(withRecorderNames(document)));
	}

	/**
	 * Names at the time of saving, so that the history reads well even after someone
	 * left.
	 */
	private AssessmentDocument withRecorderNames(AssessmentDocument d) {
		var recorders = professionals.findAll(d.keyDecisions()
			.stream()
			.map(AssessmentDocument.KeyDecision::recordedBy)
			.filter(java.util.Objects::nonNull)
			.toList());
		var decisions = d.keyDecisions()
			.stream()
			.map(k -> new AssessmentDocument.KeyDecision(k.id(), k.kind(), null, k.decision(), k.rationale(),
					k.challengedBy(), k.challengedByName(), k.challengeNote(), k.familyView(), k.explanation(),
					k.recordedBy(),
					k.recordedBy() == null || !recorders.containsKey(k.recordedBy()) ? null
							: recorders.get(k.recordedBy()).name(),
					k.recordedAt()))
			.toList();
		return new AssessmentDocument(d.date(), d.participants(), d.facts(), d.worries(), d.strengths(), d.nextSteps(),
				d.dangerStatements(), d.scores(), d.safety(), null, d.rationale(), d.explanatoryAnalysis(), decisions,
				d.explanations());
	}

	private AssessmentId repeated(Actor actor, HouseholdId household, UUID id, AssessmentRepository.Head head) {
		if (head.householdId().equals(household.value()) && head.createdBy().equals(actor.professionalId())) {
			return AssessmentId.of(id); // the same form sent twice
		}
		throw new ConflictException("error.conflict");
	}

	/**
	 * The latest assessment's lasting content, with the same ids, for a new meeting; not
	 * its views or scores.
	 */
	private AssessmentDocument carriedOver(HouseholdId household, AssessmentDocument start) {
		var previous = assessments.latest(household.value())
			.flatMap(latest -> assessments.load(latest, household.value(), false))
			.map(AssessmentDetails::document);
		if (previous.isEmpty()) {
			return start;
		}
		var p = previous.get();
		Set<UUID> members = members(household);
		// the people, not what they said or scored then; someone who left the household
		// is no longer a member
		List<Participant> participants = start.participants().isEmpty() ? p.participants()
			.stream()
			.map(x -> new Participant(x.id(), x.name(), x.kind(), members.contains(x.memberId()) ? x.memberId() : null,
					x.professionalId(), null))
			.toList() : start.participants();
		return new AssessmentDocument(start.date(), participants, p.facts(), p.worries(), p.strengths(), p.nextSteps(),
				p.dangerStatements(), null, null, null, null, null, null, p.explanations());
	}

	private AssessmentRules.Context context(Actor actor, HouseholdId household, AssessmentDocument stored,
			Instant now) {
		return new AssessmentRules.Context(members(household), knownProfessionals(stored), stored,
				actor.professionalId(), now);
	}

	/**
	 * Looks professionals up for the rules: those the stored document names are loaded in
	 * one query, and any other id once; so a save does not look up the same person for
	 * every row that names them.
	 */
	private java.util.function.Function<UUID, java.util.Optional<ProfessionalSummary>> knownProfessionals(
			AssessmentDocument stored) {
		var ids = new HashSet<UUID>();
		stored.participants()
			.stream()
			.map(AssessmentDocument.Participant::professionalId)
			.filter(java.util.Objects::nonNull)
			.forEach(ids::add);
		stored.keyDecisions().forEach(k -> {
			if (k.challengedBy() != null) {
				ids.add(k.challengedBy());
			}
			if (k.recordedBy() != null) {
				ids.add(k.recordedBy());
			}
		});
		var known = new java.util.HashMap<UUID, java.util.Optional<ProfessionalSummary>>();
		professionals.findAll(ids).forEach((id, professional) -> known.put(id, java.util.Optional.of(professional)));
		return id -> known.computeIfAbsent(id, professionals::find);
	}

	private Set<UUID> members(HouseholdId household) {
		return saves.currentMembers(household.value());
	}

}

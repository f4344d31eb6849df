package nl.kernteam.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Objections, complaints and data requests: filed by a family member as themselves,
 * handled by a named role of the contact person's organisation ({@link ObjectionKind}):
 * the team lead for objections and complaints, the privacy officer for data requests.
 * Each is due on the last day of its legal term. The handler needs no place in the
 * household's network (they judge the network's work); the role and organisation are the
 * rule, and every read and answer is in the household's access log under it.
 *
 * @throws NotFoundException for an item not of the member's household, or an unknown
 * objection
 * @throws ForbiddenException for anyone but the handler role of the organisation
 * @throws ConflictException when it was answered already
 */
@Service
@Validated
@Transactional
class FamilyObjections {

	private final FamilyAccess familyAccess;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final ObjectionRepository objections;

	private final FamilyVoiceRepository voices;

	private final Clock clock;

	FamilyObjections(FamilyAccess familyAccess, HouseholdAccess access, AccessLog accessLog,
			ObjectionRepository objections, FamilyVoiceRepository voices, Clock clock) {
		this.familyAccess = familyAccess;
		this.access = access;
		this.accessLog = accessLog;
		this.objections = objections;
		this.voices = voices;
		this.clock = clock;
	}

	/** Records it as received, due on the last day of its legal term. */
	Objection file(FamilyMember member, @Valid FileObjection objection) {
		if (objection.about() != null && (objection.about().kind() == AboutKind.PLAN_EVALUATION
				|| voices.dateOf(member.householdId(), objection.about()).isEmpty())) {
			throw new NotFoundException("item " + objection.about().id());
		}
		UUID id = UUID.randomUUID();
		familyAccess.write(member, AccessAction.CREATE, "objection:" + id);
		var now = clock.instant();
		var due = objection.kindOrDefault().dueOn(AmsterdamTime.today(clock));
		// objections and complaints go to the team of the contact person; data requests
		// to
		// the region's privacy officers, who answer for every household (as they read
		// every
		// household's access log)
		UUID handlerOrganisation = objection.kindOrDefault().handler() == Role.TEAM_LEAD
				? objections.contactPersonsOrganisation(member.householdId()).orElse(null) : null;
		objections.insert(id, member, objection, due, handlerOrganisation, now);
		return objections.one(id).orElseThrow().objection();
	}

	/** The household's own objections, newest first, with their status and answer. */
	List<Objection> forFamily(FamilyMember member) {
		familyAccess.read(member, HouseholdItem.FAMILY_VOICE, "objections");
		return objections.forHousehold(member.householdId());
	}

	/**
	 * What the actor has to answer in their role (team lead: objections and complaints;
	 * privacy officer: data requests), soonest due first; each household listed is in its
	 * access log.
	 */
	List<Objection> queue(Actor actor, Role role) {
		if (!access.holds(actor, role) || (role == Role.TEAM_LEAD && actor.organisationId() == null)) {
			throw new ForbiddenException("error.forbidden");
		}
		var open = objections.open(role.name(), actor.organisationId());
		accessLog.recordAll(actor, open.stream().map(Objection::householdId).distinct().toList(), AccessAction.READ,
				"objections");
		return open;
	}

	/**
	 * Marks it in progress, or answers it; the family sees the answer and who gave it.
	 */
	void answer(Actor actor, Role role, UUID id, @Valid AnswerObjection answer) {
		var handled = objections.one(id).orElseThrow(() -> new NotFoundException("objection " + id));
		if (!handled.role().equals(role.name())
				|| (handled.organisation() != null && !handled.organisation().equals(actor.organisationId()))) {
			throw new NotFoundException("objection " + id);
		}
		access.writeWithRole(actor, HouseholdId.of(handled.objection().householdId()), role, AccessAction.UPDATE,
				"objection:" + id);
		if (answer.status() == ObjectionStatus.ANSWERED && (answer.answer() == null || answer.answer().isBlank())) {
			throw new InvalidInputException("answer", "portal.pro.objection.answer.required");
		}
		if (answer.status() == ObjectionStatus.RECEIVED) {
			throw new InvalidInputException("status", "portal.pro.objection.status.invalid");
		}
		if (!objections.update(id, answer.status(), answer.answer(), actor.professionalId(), actor.name(),
				clock.instant())) {
			throw new ConflictException("portal.pro.objection.answered");
		}
	}

	/** The handler's step: in progress, or answered with the answer. */
	record AnswerObjection(@NotNull ObjectionStatus status, @Size(max = 10000) @PlainText String answer) {
	}

}

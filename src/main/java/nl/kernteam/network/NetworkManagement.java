package nl.kernteam.network;

import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ContactPersonRule;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.DraftRepository;
import nl.kernteam.shared.Submissions;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to the network around a household. The contact person and the director
 * manage the network; a team lead may hand a household over when its contact person
 * leaves; anyone involved may leave it themselves or add a note.
 *
 * @throws ForbiddenException when the actor may not make this change
 * @throws InvalidInputException for a missing reason, an unknown or inactive
 * professional, or a contact person the region's {@link ContactPersonRule} does not allow
 * @throws ConflictException when the change clashes with the network as it is (already
 * involved, ending the contact person's own involvement, already ended)
 * <p>
 * Who is told about a change is not decided here: each change publishes its event
 * ({@link ProfessionalAdded}, {@link InvolvementEnded}, {@link ContactPersonChanged},
 * {@link DirectorAppointed}) inside its transaction, and the notification module listens.
 */
@Service
@Validated
@Transactional
public class NetworkManagement {

	private final Submissions submissions;

	private final NetworkRepository network;

	private final NoteRepository notes;

	private final HouseholdAccess access;

	private final Professionals professionals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ContactPersonRule contactPersonRule;

	private final DraftRepository drafts;

	NetworkManagement(NetworkRepository network, NoteRepository notes, HouseholdAccess access,
			Professionals professionals, ApplicationEventPublisher events, Clock clock, Submissions submissions,
			ContactPersonRule contactPersonRule, DraftRepository drafts) {
		this.drafts = drafts;
		this.contactPersonRule = contactPersonRule;
		this.submissions = submissions;
		this.network = network;
		this.notes = notes;
		this.access = access;
		this.professionals = professionals;
		this.events = events;
		this.clock = clock;
	}

	public UUID addProfessional(Actor actor, HouseholdId household, @Valid AddProfessional command) {
		access.write(actor, household, HouseholdItem.NETWORK_MANAGEMENT, AccessAction.CREATE, "network");
		if (command.role() == InvolvementRole.INFORMAL) {
			throw new InvalidInputException("role", "network.role.informalIsAPerson");
		}
		submissions.serialise(command.id());
		if (command.id() != null && network.involvement(household.value(), command.id()).isPresent()) {
			return command.id(); // the same form sent twice
		}
		ProfessionalSummary professional = activeProfessional(command.professionalId(), "professionalId");
		if (network.currentInvolvement(household.value(), professional.id()).isPresent()) {
			throw new InvalidInputException("professionalId", "network.alreadyInvolved");
		}
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		if (!network.startProfessionalInvolvement(id, household.value(), professional.id(),
				professional.organisationId(), command.role(), command.reason().trim(), actor.professionalId(),
				clock.instant())) {
			if (network.involvement(household.value(), id).isPresent()) {
				return id;
			}
			// an id of another household's involvement
			throw new ConflictException("error.idTaken");
		}
		events.publishEvent(new ProfessionalAdded(household, ProfessionalId.of(professional.id()), actor));
		return id;
	}

	public UUID addInformal(Actor actor, HouseholdId household, @Valid AddInformal command) {
		access.write(actor, household, HouseholdItem.NETWORK_MANAGEMENT, AccessAction.CREATE, "network");
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		submissions.serialise(command.id());
		if (!network.startInformalInvolvement(id, household.value(), command,
				command.reason() == null ? "" : command.reason().trim(), actor.professionalId(), clock.instant())
				&& network.involvement(household.value(), id).isEmpty()) {
			throw new ConflictException("error.idTaken");
		}
		return id;
	}

	/**
	 * Ends an involvement; the professional no longer sees the household from this
	 * moment. History stays.
	 */
	public void endInvolvement(Actor actor, HouseholdId household, UUID involvementId, @Reason String reason) {
		access.write(actor, household, AccessAction.UPDATE, "network");
		var involvement = network.involvement(household.value(), involvementId)
			.orElseThrow(() -> new NotFoundException("involvement " + involvementId));
		if (!actor.professionalId().equals(involvement.professionalId())) {
			// anyone may leave; ending someone else's involvement is managing the network
			access.write(actor, household, HouseholdItem.NETWORK_MANAGEMENT, AccessAction.UPDATE, "network");
		}
		requireReason(reason);
		if (!involvement.current()) {
			throw new ConflictException("network.end.alreadyEnded");
		}
		var now = clock.instant();
		var contactPerson = network.contactPerson(household.value(), now).orElseThrow();
		if (contactPerson.professionalId().equals(involvement.professionalId())) {
			throw new ConflictException("network.end.contactPerson");
		}
		if (involvement.professionalId() != null && network.director(household.value(), now)
			.filter(d -> d.professionalId().equals(involvement.professionalId()))
			.isPresent()) {
			network.endDirector(household.value(), actor.professionalId(), now);
		}
		network.endInvolvement(involvementId, actor.professionalId(), reason.trim(), now);
		events.publishEvent(new InvolvementEnded(household, InvolvementId.of(involvementId),
				ProfessionalId.ofNullable(involvement.professionalId()), actor));
	}

	/**
	 * Hands the household over to another contact person (a handover, counted). Allowed
	 * to the contact person, the director, and a team lead of the current contact
	 * person's organisation.
	 * @param previousStaysInvolved keep the previous contact person in the network for a
	 * warm handover
	 */
	public void changeContactPerson(Actor actor, HouseholdId household, ProfessionalId professionalId,
			@Reason String reason, boolean previousStaysInvolved) {
		var now = clock.instant();
		var current = network.contactPerson(household.value(), now);
		boolean teamLead = current.isPresent() && isTeamLeadOf(actor, current.get().professionalId());
		if (teamLead && !access.involved(actor, household)) {
			access.writeWithRole(actor, household, Role.TEAM_LEAD, AccessAction.UPDATE, "network.contact-person");
		}
		else {
			// a team lead of the contact person's team hands over; anyone else must
			// manage the network
			access.write(actor, household, teamLead ? HouseholdItem.NETWORK : HouseholdItem.NETWORK_MANAGEMENT,
					AccessAction.UPDATE, "network.contact-person");
		}
		requireReason(reason);
		if (professionalId == null) {
			throw new InvalidInputException("professionalId", "network.professional.required");
		}
		ProfessionalSummary next = activeProfessional(professionalId.value(), "professionalId");
		if (!contactPersonRule.allows(next)) {
			throw new InvalidInputException("professionalId", contactPersonRule.refusal());
		}
		var previous = current.orElseThrow();
		if (previous.professionalId().equals(next.id())) {
			throw new InvalidInputException("professionalId", "network.contactPerson.same");
		}
		network.endContactPerson(household.value(), actor.professionalId(), previousStaysInvolved, now);
		network.appointContactPerson(household.value(), next.id(), reason.trim(), actor.professionalId(), now);
		if (network.currentInvolvement(household.value(), next.id()).isEmpty()) {
			network.startProfessionalInvolvement(UUID.randomUUID(), household.value(), next.id(), next.organisationId(),
					InvolvementRole.CORE_TEAM, reason.trim(), actor.professionalId(), now);
		}
		if (network.director(household.value(), now).filter(d -> d.professionalId().equals(next.id())).isPresent()) {
			// the contact person directs by default
			network.endDirector(household.value(), actor.professionalId(), now);
		}
		if (!previousStaysInvolved) {
			if (network.director(household.value(), now)
				.filter(d -> d.professionalId().equals(previous.professionalId()))
				.isPresent()) {
				network.endDirector(household.value(), actor.professionalId(), now);
			}
			network.endInvolvementOf(household.value(), previous.professionalId(), actor.professionalId(),
					reason.trim(), now);
		}
		events.publishEvent(new ContactPersonChanged(household, ProfessionalId.of(previous.professionalId()),
				professionalId, next.name(), actor, previousStaysInvolved));
	}

	/**
	 * Appoints the director; appointing the contact person returns direction to the
	 * default.
	 */
	public void changeDirector(Actor actor, HouseholdId household, ProfessionalId professionalId,
			@Reason String reason) {
		access.write(actor, household, HouseholdItem.NETWORK_MANAGEMENT, AccessAction.UPDATE, "network.director");
		requireReason(reason);
		if (professionalId == null) {
			throw new InvalidInputException("professionalId", "network.professional.required");
		}
		if (network.currentInvolvement(household.value(), professionalId.value()).isEmpty()) {
			throw new InvalidInputException("professionalId", "network.director.mustBeInvolved");
		}
		var now = clock.instant();
		network.endDirector(household.value(), actor.professionalId(), now);
		var contactPerson = network.contactPerson(household.value(), now).orElseThrow();
		if (!contactPerson.professionalId().equals(professionalId.value())) {
			network.appointDirector(household.value(), professionalId.value(), reason.trim(), actor.professionalId(),
					now);
			events.publishEvent(new DirectorAppointed(household, professionalId, actor));
		}
	}

	/**
	 * Adds a contact note; anyone who may read notes for its audience may (a partner:
	 * notes for the network).
	 */
	public UUID addNote(Actor actor, HouseholdId household, @Valid AddNote command) {
		access.write(actor, household, command.audience() == NoteAudience.NETWORK ? HouseholdItem.NETWORK_NOTES
				: HouseholdItem.CORE_TEAM_NOTES, AccessAction.CREATE, "note");
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		submissions.serialise(command.id());
		if (!notes.insert(id, household.value(), actor, command, clock.instant())
				&& !notes.exists(household.value(), id)) {
			throw new ConflictException("error.idTaken");
		}
		// the draft of the note (issue 17) has done its work
		drafts.discard(actor.professionalId(), household.value(), "note:" + household.value());
		return id;
	}

	private boolean isTeamLeadOf(Actor actor, UUID professionalId) {
		return access.holds(actor, Role.TEAM_LEAD) && actor.organisationId() != null
				&& professionals.find(professionalId)
					.filter(p -> actor.organisationId().equals(p.organisationId()))
					.isPresent();
	}

	private ProfessionalSummary activeProfessional(UUID id, String field) {
		return professionals.find(id)
			.filter(ProfessionalSummary::active)
			.filter(p -> p.organisationId() != null)
			.orElseThrow(() -> new InvalidInputException(field, "network.professional.unknown"));
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "network.reason.required");
		}
	}

}

package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.network.InvolvementsOnRequest;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.safetyteam.ExpertiseRequestRepository.Stored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to an expertise request. The contact person or the director asks and
 * extends (the access decision's {@code NETWORK_MANAGEMENT}); a professional of the asked
 * organisation accepts, for themselves or a colleague, or declines; the professional who
 * joined records the answer. Accepting and declining happen outside the household's
 * network: they are logged on the request's basis ({@value #BASIS}).
 *
 * @throws NotFoundException for a request that does not exist or is addressed to another
 * organisation than the actor's
 * @throws ForbiddenException when the actor may not make this change
 * @throws InvalidInputException for an unknown organisation, a last day not in the future
 * or a professional who is not a colleague
 * @throws ConflictException for a request decided already, or ended
 */
@Service
@Validated
@Transactional
public class ExpertiseRequestManagement {

	/** The access-log rule of reads and writes that the request itself allows. */
	static final String BASIS = "EXPERTISE_REQUEST";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

	private final ExpertiseRequestRepository requests;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final Professionals professionals;

	private final InvolvementsOnRequest involvements;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ExpertiseRequestManagement(ExpertiseRequestRepository requests, HouseholdAccess access, AccessLog accessLog,
			Professionals professionals, InvolvementsOnRequest involvements, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.requests = requests;
		this.access = access;
		this.accessLog = accessLog;
		this.professionals = professionals;
		this.involvements = involvements;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	public UUID request(Actor actor, HouseholdId household, @Valid ExpertiseRequestInput input) {
		access.write(actor, household, HouseholdItem.NETWORK_MANAGEMENT, AccessAction.CREATE, "expertise-request");
		if (professionals.organisation(input.organisationId()).isEmpty()) {
			throw new InvalidInputException("organisationId", "safetyteam.request.organisation.unknown");
		}
		requireFuture(input.until());
		UUID id = UUID.randomUUID();
		requests.insert(id, household.value(), actor.professionalId(), input, clock.instant());
		events
			.publishEvent(new ExpertiseRequested(id, input.organisationId(), String.valueOf(actor.organisationName())));
		return id;
	}

	/**
	 * The professional joins the household's core team until the time box ends; the
	 * contact person and the director stay who they are.
	 */
	public void accept(Actor actor, UUID requestId, @Valid ExpertiseRequestAcceptance acceptance) {
		var request = decidable(actor, requestId);
		UUID professionalId = acceptance.professionalId() == null ? actor.professionalId()
				: acceptance.professionalId();
		var professional = professionals.find(professionalId)
			.filter(p -> p.active() && request.organisationId().equals(p.organisationId())
					&& p.roles().contains(Role.PROFESSIONAL))
			.orElseThrow(
					() -> new InvalidInputException("professionalId", "safetyteam.request.professional.colleague"));
		var household = HouseholdId.of(request.householdId());
		logDecision(actor, request);
		String reason = messages.getMessage("safetyteam.request.involvementReason",
				new Object[] { actor.organisationName(), request.until().format(DAY) }, Locale.forLanguageTag("nl"));
		var involvement = involvements.joinCoreTeam(actor, household, ProfessionalId.of(professionalId), reason);
		requests.accept(requestId, actor.professionalId(), professionalId, involvement.value(), clock.instant());
		events.publishEvent(new ExpertiseRequestAccepted(requestId, household, ProfessionalId.of(professionalId),
				professional.name(), String.valueOf(actor.organisationName()),
				ProfessionalId.ofNullable(request.contactPersonId()), request.until()));
	}

	/** Nobody joins; the asking team reads the reason. */
	public void decline(Actor actor, UUID requestId, @Valid ExpertiseRequestDecline decline) {
		var request = decidable(actor, requestId);
		logDecision(actor, request);
		requests.decline(requestId, actor.professionalId(), decline.reason().trim(), clock.instant());
		events.publishEvent(new ExpertiseRequestDeclined(requestId, HouseholdId.of(request.householdId()),
				String.valueOf(actor.organisationName()), ProfessionalId.ofNullable(request.contactPersonId())));
	}

	/** Records the answer to the question: only the professional who joined. */
	public void answer(Actor actor, UUID requestId, @Valid ExpertiseRequestAnswer answer) {
		var request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request " + requestId));
		var household = HouseholdId.of(request.householdId());
		String resource = "expertise-request:" + requestId;
		if (!actor.professionalId().equals(request.professionalId())) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), AccessAction.UPDATE, resource)
				.because("ANSWER_BY_JOINED_PROFESSIONAL"));
			throw new ForbiddenException("safetyteam.request.answer.joinedOnly");
		}
		access.write(actor, household, AccessAction.UPDATE, resource);
		requests.answer(requestId, actor.professionalId(), answer.answer().trim(), clock.instant());
	}

	/**
	 * A later last day, by the contact person or the director; the reminder comes again.
	 */
	public void extend(Actor actor, UUID requestId, @Valid ExpertiseRequestExtension extension) {
		var request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request " + requestId));
		access.write(actor, HouseholdId.of(request.householdId()), HouseholdItem.NETWORK_MANAGEMENT,
				AccessAction.UPDATE, "expertise-request:" + requestId);
		if (request.status() != ExpertiseRequestStatus.REQUESTED
				&& request.status() != ExpertiseRequestStatus.ACCEPTED) {
			throw new ConflictException("safetyteam.request.notRunning");
		}
		requireFuture(extension.until());
		if (!extension.until().isAfter(request.until())) {
			throw new InvalidInputException("until", "safetyteam.request.until.later");
		}
		requests.extend(requestId, extension.until());
	}

	/**
	 * A request to the actor's organisation that is still to be decided, locked; the
	 * organisation's other professionals cannot learn of another organisation's requests.
	 */
	private Stored decidable(Actor actor, UUID requestId) {
		if (!access.holds(actor, Role.PROFESSIONAL) || actor.organisationId() == null) {
			throw new ForbiddenException("error.forbidden");
		}
		var request = requests.lock(requestId)
			.filter(r -> r.organisationId().equals(actor.organisationId()))
			.orElseThrow(() -> new NotFoundException("request " + requestId));
		if (request.status() != ExpertiseRequestStatus.REQUESTED) {
			throw new ConflictException("safetyteam.request.decided");
		}
		return request;
	}

	private void logDecision(Actor actor, Stored request) {
		accessLog.record(AccessEvent
			.granted(actor, request.householdId(), AccessAction.UPDATE, "expertise-request:" + request.id(), false)
			.because(BASIS));
	}

	private void requireFuture(LocalDate until) {
		if (!until.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException("until", "safetyteam.request.until.future");
		}
	}

}

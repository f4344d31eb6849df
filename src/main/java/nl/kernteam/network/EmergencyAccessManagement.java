package nl.kernteam.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Emergency access ("breaking the glass") to a household a professional is not involved
 * with. The contact person is told through {@link EmergencyAccessGranted}; the privacy
 * officer reviews each one ({@link EmergencyAccessReviews}).
 */
@Service
@Validated
@Transactional
public class EmergencyAccessManagement {

	private final NetworkRepository network;

	private final EmergencyAccessRepository emergencyAccesses;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration emergencyDuration;

	EmergencyAccessManagement(NetworkRepository network, EmergencyAccessRepository emergencyAccesses,
			HouseholdAccess access, AccessLog accessLog, ApplicationEventPublisher events, Clock clock,
			EmergencyAccessSettings emergencyAccess) {
		this.network = network;
		this.emergencyAccesses = emergencyAccesses;
		this.access = access;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
		this.emergencyDuration = emergencyAccess.duration();
	}

	/**
	 * Break the glass: a professional (role {@code PROFESSIONAL}; a privacy officer or
	 * administrator without it is refused) outside the network reads the household for a
	 * limited time. The reason is required; the request and every read under it are
	 * flagged in the access log, and the contact person is told at once.
	 * @return when the access ends
	 */
	public Instant requestEmergencyAccess(Actor actor, HouseholdId household, @Reason String reason) {
		if (!access.holds(actor, Role.PROFESSIONAL)) {
			throw new ForbiddenException("network.emergency.professionalsOnly");
		}
		if (actor.organisationId() == null) {
			throw new ForbiddenException("network.emergency.noOrganisation");
		}
		if (!access.exists(household)) {
			throw new NotFoundException("household " + household);
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "network.emergency.reason.required");
		}
		if (network.currentInvolvement(household.value(), actor.professionalId()).isPresent()) {
			throw new ConflictException("network.emergency.notNeeded");
		}
		var now = clock.instant();
		if (network.contactPerson(household.value(), now).isEmpty()) {
			// only a closed household has no contact person: help has ended, nobody reads
			// it
			throw new ForbiddenException("household.closed.noEmergency");
		}
		if (emergencyAccesses.emergencyAccessRunning(household.value(), actor.professionalId(), now)) {
			// one at a time: it ends when it says it does
			throw new ConflictException("network.emergency.running");
		}
		var expiresAt = now.plus(emergencyDuration);
		emergencyAccesses.grantEmergencyAccess(UUID.randomUUID(), household.value(), actor.professionalId(),
				actor.organisationId(), reason.trim(), now, expiresAt);
		accessLog.record(AccessEvent.granted(actor, household.value(), AccessAction.EMERGENCY_ACCESS, "household", true)
			.because("EMERGENCY"));
		var contactPerson = network.contactPerson(household.value(), now)
			.map(c -> ProfessionalId.of(c.professionalId()));
		events.publishEvent(new EmergencyAccessGranted(household, actor, contactPerson.orElse(null), expiresAt));
		return expiresAt;
	}

}

package nl.kernteam.network;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Involvements that another module's decision starts and ends: a professional of the
 * regional safety team who accepted an expertise request joins the core team, and leaves
 * it when the request's time box ends. The caller has decided that the change is allowed
 * and logged it; the contact person, the director and the handovers never change here.
 * Joining publishes {@link ProfessionalAdded} as adding a professional does.
 *
 * @throws InvalidInputException for an unknown or inactive professional
 * @throws ConflictException when the professional is involved already
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class InvolvementsOnRequest {

	private final NetworkRepository network;

	private final Professionals professionals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvolvementsOnRequest(NetworkRepository network, Professionals professionals, ApplicationEventPublisher events,
			Clock clock) {
		this.network = network;
		this.professionals = professionals;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a core-team involvement of the professional with the household, decided by
	 * {@code decidedBy} (the professional themselves, or a colleague who accepted for
	 * them).
	 */
	public InvolvementId joinCoreTeam(Actor decidedBy, HouseholdId household, ProfessionalId professionalId,
			String reason) {
		var professional = professionals.find(professionalId.value())
			.filter(p -> p.active() && p.organisationId() != null)
			.orElseThrow(() -> new InvalidInputException("professionalId", "network.professional.unknown"));
		if (network.currentInvolvement(household.value(), professional.id()).isPresent()) {
			throw new ConflictException("network.alreadyInvolved");
		}
		UUID id = UUID.randomUUID();
		network.startProfessionalInvolvement(id, household.value(), professional.id(), professional.organisationId(),
				InvolvementRole.CORE_TEAM, reason, decidedBy.professionalId(), clock.instant());
		events.publishEvent(new ProfessionalAdded(household, professionalId, decidedBy));
		return InvolvementId.of(id);
	}

	/**
	 * Ends the involvement at {@code at}, by nobody in particular (a time box that ran
	 * out); false when it had ended already.
	 */
	public boolean end(InvolvementId involvement, String reason, Instant at) {
		return network.endInvolvement(involvement.value(), null, reason, at);
	}

}

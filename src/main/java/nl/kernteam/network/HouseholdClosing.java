package nl.kernteam.network;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdClosures;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.ContactPersonRule;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.validation.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Closing a household's file, and reopening it. Closing is the contact person's (the
 * access decision's {@code CLOSURE} rule): in one transaction every involvement ends (the
 * informal network's too), the director, the contact person, every share and every
 * running emergency access, the closure is recorded and the other modules end what still
 * runs for the household ({@code HouseholdClosed}). From then on no professional sees the
 * household; the access log and the privacy officer's view remain.
 * <p>
 * Reopening is for the last contact person or a team lead of their organisation
 * ({@code AccessDecision.decideReopening}): the last contact person becomes contact
 * person again (or, when they no longer work for a local team, the one who reopens), so
 * reopening by the same person is no handover; the history stays.
 *
 * @throws ConflictException reopening an open household (closing a closed one is refused:
 * it has no contact person)
 */
@Service
@Validated
@Transactional
public class HouseholdClosing {

	private final ContactPersonRule contactPersonRule;

	private final HouseholdAccess access;

	private final HouseholdClosures closures;

	private final NetworkRepository network;

	private final StandingQueries standings;

	private final ShareRepository shares;

	private final EmergencyAccessRepository emergencyAccesses;

	private final Professionals professionals;

	private final Clock clock;

	HouseholdClosing(HouseholdAccess access, HouseholdClosures closures, NetworkRepository network,
			StandingQueries standings, ShareRepository shares, EmergencyAccessRepository emergencyAccesses,
			Professionals professionals, Clock clock, ContactPersonRule contactPersonRule) {
		this.contactPersonRule = contactPersonRule;
		this.access = access;
		this.closures = closures;
		this.network = network;
		this.standings = standings;
		this.shares = shares;
		this.emergencyAccesses = emergencyAccesses;
		this.professionals = professionals;
		this.clock = clock;
	}

	public void close(Actor actor, HouseholdId household, @Valid CloseHousehold command) {
		access.write(actor, household, HouseholdItem.CLOSURE, AccessAction.UPDATE, "closure");
		var now = clock.instant();
		String reason = command.reason().trim();
		network.endDirector(household.value(), actor.professionalId(), now);
		network.endContactPerson(household.value(), actor.professionalId(), false, now);
		network.endAllInvolvements(household.value(), actor.professionalId(), reason, now);
		shares.revokeAll(household.value(), actor.professionalId(), now);
		emergencyAccesses.endAll(household.value(), now);
		closures.close(actor, household, command);
	}

	public void reopen(Actor actor, HouseholdId household, @Reason String reason) {
		access.reopen(actor, household);
		// an open household is a conflict here, before a contact person is looked for
		closures.reopen(actor, household, reason);
		var now = clock.instant();
		UUID last = standings.lastContactPerson(household.value()).orElseThrow().professionalId();
		// the last contact person, or the one who reopens, if the region lets them be
		ProfessionalSummary next = professionals.find(last)
			.filter(contactPersonRule::allows)
			.or(() -> professionals.find(actor.professionalId()).filter(contactPersonRule::allows))
			.orElseThrow(() -> new InvalidInputException("reason", "household.closed.noLocalTeam"));
		network.appointContactPerson(household.value(), next.id(), reason.trim(), actor.professionalId(), now);
		network.startProfessionalInvolvement(UUID.randomUUID(), household.value(), next.id(), next.organisationId(),
				InvolvementRole.CORE_TEAM, reason.trim(), actor.professionalId(), now);
	}

}

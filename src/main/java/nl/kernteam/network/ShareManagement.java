package nl.kernteam.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilySystemQueries;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Submissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sharing a kind of item with a partner in the network, on a legal basis, and revoking
 * it. Only the contact person and the director share and revoke. Each share and each
 * revocation is written to the access log (through {@link HouseholdAccess}, in the same
 * transaction) and appears on the household's timeline.
 *
 * @throws ForbiddenException when the actor is not the contact person or the director (or
 * is outside the network)
 * @throws InvalidInputException for an involvement that is not a current partner, a last
 * day in the past, or consent that does not satisfy {@link ConsentRule}
 * @throws ConflictException when the item is shared with that partner already, or the
 * share had ended by itself
 * @throws NotFoundException for a share that is not this household's
 */
@Service
@Validated
@Transactional
public class ShareManagement {

	private final ShareRepository shares;

	private final NetworkRepository network;

	private final HouseholdAccess access;

	private final HouseholdQueries households;

	private final FamilySystemQueries familySystem;

	private final ApplicationEventPublisher events;

	private final Submissions submissions;

	private final Clock clock;

	ShareManagement(ShareRepository shares, NetworkRepository network, HouseholdAccess access,
			HouseholdQueries households, FamilySystemQueries familySystem, ApplicationEventPublisher events,
			Submissions submissions, Clock clock) {
		this.shares = shares;
		this.network = network;
		this.access = access;
		this.households = households;
		this.familySystem = familySystem;
		this.events = events;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * Shares an item with a partner from now on. A repeated submit (the same {@code id})
	 * shares once.
	 */
	public UUID share(Actor actor, HouseholdId household, @Valid ShareWithPartner command) {
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		// the contact person and the director only
		access.write(actor, household, AccessAction.CREATE, "share:" + id);
		submissions.serialise(command.id());
		if (shares.find(household.value(), id, clock.instant()).isPresent()) {
			return id; // the same form sent twice
		}
		var involvement = network.involvement(household.value(), command.involvementId())
			.orElseThrow(() -> new InvalidInputException("involvementId", "network.share.involvement.unknown"));
		if (involvement.role() != InvolvementRole.PARTNER) {
			throw new InvalidInputException("involvementId", "network.share.involvement.notAPartner");
		}
		if (!involvement.current()) {
			throw new InvalidInputException("involvementId", "network.share.involvement.ended");
		}
		var now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, AmsterdamTime.ZONE);
		if (command.until() != null && command.until().isBefore(today)) {
			throw new InvalidInputException("until", "network.share.until.past");
		}
		List<String> consentNames = consentNames(actor, household, command, today);
		if (shares.running(involvement.id(), command.what(), now)) {
			throw new ConflictException("network.share.alreadyShared");
		}
		if (!shares.insert(id, household.value(), command, consentNames, actor.professionalId(), now)) {
			// an id of another household's share
			throw new ConflictException("error.idTaken");
		}
		events.publishEvent(
				new ShareGranted(household, ProfessionalId.of(involvement.professionalId()), command.what(), actor));
		return id;
	}

	/**
	 * Ends a share at once: from this instant the partner no longer sees the item.
	 * Revoking a revoked share changes nothing (a second click is harmless); a share that
	 * had ended by itself is a conflict.
	 */
	public void revoke(Actor actor, HouseholdId household, UUID shareId) {
		// the contact person and the director only
		access.write(actor, household, AccessAction.UPDATE, "share:" + shareId);
		var now = clock.instant();
		var share = shares.find(household.value(), shareId, now)
			.orElseThrow(() -> new NotFoundException("share " + shareId));
		if (share.revokedAt() != null) {
			return;
		}
		if (!share.active()) {
			throw new ConflictException("network.share.alreadyEnded");
		}
		shares.revoke(household.value(), shareId, actor.professionalId(), now);
		events
			.publishEvent(new ShareRevoked(household, ProfessionalId.of(share.professionalId()), share.what(), actor));
	}

	/**
	 * The names of those who consented, after checking that their consent suffices; none
	 * for another basis.
	 */
	private List<String> consentNames(Actor actor, HouseholdId household, ShareWithPartner command, LocalDate today) {
		if (command.legalBasis() != LegalBasis.CONSENT) {
			if (!command.consentOf().isEmpty()) {
				throw new InvalidInputException("consentOf", "network.share.consentOf.onlyWithConsent");
			}
			return List.of();
		}
		var members = households.details(actor, household).members();
		ConsentRule.check(command.consentOf(), members, familySystem.relations(actor, household), today);
		return command.consentOf()
			.stream()
			.map(id -> members.stream()
				.filter(m -> m.id().equals(id))
				.findFirst()
				.map(MemberDetails::fullName)
				.orElseThrow())
			.toList();
	}

}

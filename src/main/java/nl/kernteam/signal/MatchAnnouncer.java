package nl.kernteam.signal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;
import nl.kernteam.signal.MatchQueries.HouseholdOfPerson;
import nl.kernteam.signal.MatchQueries.MatchRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells everyone a new signal concerns, in the registering transaction: the professionals
 * whose signals it matches, the contact person of a Kernteam household the person belongs
 * to (who can invite the others into the network), and the household's access log (a
 * signal is not a read of the household, but the family may see that an organisation
 * signalled it).
 */
@Component
class MatchAnnouncer {

	private final MatchQueries finder;

	private final ApplicationEventPublisher events;

	private final AccessLog accessLog;

	MatchAnnouncer(MatchQueries finder, ApplicationEventPublisher events, AccessLog accessLog) {
		this.finder = finder;
		this.events = events;
		this.accessLog = accessLog;
	}

	/**
	 * Records the signal on the households' access logs and asks their contact persons to
	 * invite the matched professionals, at once; the matched professionals themselves are
	 * collected in {@code told}, to be told by {@link #tell} when every signal of the
	 * batch is announced.
	 * @param households the Kernteam households the signalled person is a current member
	 * of
	 */
	void announce(Actor registrant, UUID signalId, List<HouseholdOfPerson> households, List<MatchRow> matches,
			Told told) {
		for (var household : households) {
			accessLog.record(
					AccessEvent.granted(registrant, household.id(), AccessAction.CREATE, "signal:" + signalId, false)
						.because("SIGNAL_ON_MEMBER"));
		}
		// a contact person asked to invite the registrant has been told of this signal:
		// not a second time as a matched professional
		var toldAlready = new java.util.HashSet<UUID>();
		for (var household : households) {
			if (tellContactPerson(registrant, household, matches).contains(registrant.professionalId())) {
				toldAlready.add(household.contactPersonId());
			}
		}
		Map<UUID, MatchKind> closest = new LinkedHashMap<>();
		for (var match : matches) {
			if (toldAlready.contains(match.otherProfessionalId())) {
				continue;
			}
			closest.merge(match.otherProfessionalId(), match.kind(), (a, b) -> a == MatchKind.PERSON ? a : b);
		}
		closest.forEach((professional, kind) -> told.professionals.add(new Told.Professional(professional, kind)));
	}

	/**
	 * Tells each matched professional once per kind of match, about every signal of the
	 * batch together, in the order of their ids: two batches of one registrant that tell
	 * the same professionals then write their notifications (one unread per professional,
	 * registrant and kind) in the same order, and cannot wait for each other.
	 */
	void tell(Actor registrant, Told told) {
		told.professionals
			.forEach(professional -> events.publishEvent(new MatchFound(ProfessionalId.of(professional.id()),
					professional.kind(), registrant.name(), registrant.organisationName())));
	}

	/** The professionals a batch of signals matched, each once per kind, by id. */
	static final class Told {

		private final java.util.SortedSet<Professional> professionals = new java.util.TreeSet<>(
				java.util.Comparator.comparing(Professional::id).thenComparing(Professional::kind));

		record Professional(UUID id, MatchKind kind) {
		}

	}

	/**
	 * Asks the contact person to invite into the network each matched professional who is
	 * not in it yet.
	 */
	private java.util.Set<UUID> tellContactPerson(Actor registrant, HouseholdOfPerson household,
			List<MatchRow> matches) {
		var relevant = matches.stream()
			.filter(m -> m.kind() == MatchKind.PERSON || household.id().equals(m.householdId()))
			.toList();
		if (household.contactPersonId() == null || relevant.isEmpty()) {
			return java.util.Set.of();
		}
		Map<UUID, Invitee> invitees = new LinkedHashMap<>();
		invitees.put(registrant.professionalId(), new Invitee(registrant.name(), registrant.organisationName()));
		for (var match : relevant) {
			invitees.putIfAbsent(match.otherProfessionalId(),
					new Invitee(match.professionalName(), match.organisationName()));
		}
		return suggestInvitations(HouseholdId.of(household.id()), household.contactPersonId(), invitees);
	}

	/** A professional the contact person could invite, by name and organisation. */
	record Invitee(String name, String organisationName) {
	}

	/**
	 * Suggests each invitee who is neither the contact person nor already in the network;
	 * answers whom it suggested.
	 */
	java.util.Set<UUID> suggestInvitations(HouseholdId household, UUID contactPerson, Map<UUID, Invitee> invitees) {
		invitees.remove(contactPerson);
		finder.involved(household.value(), invitees.keySet()).forEach(invitees::remove);
		invitees.forEach((professional, invitee) -> events
			.publishEvent(new InvitationSuggested(household, ProfessionalId.of(contactPerson),
					ProfessionalId.of(professional), invitee.name(), invitee.organisationName())));
		return java.util.Set.copyOf(invitees.keySet());
	}

}

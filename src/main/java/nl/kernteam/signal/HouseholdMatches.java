package nl.kernteam.signal;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.MembersJoined;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.network.NetworkFormed;
import nl.kernteam.signal.MatchAnnouncer.Invitee;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A family match can also appear without a new signal: two organisations signalled a
 * parent and a child separately, and later a local team registers them as one household,
 * or adds the child (or its BSN) to the parent's household. Then the professionals are
 * told, and the contact person is asked to invite them, in the changing transaction: for
 * a new household once the network module formed its network ({@link NetworkFormed}), so
 * that its contact person exists.
 */
@Component
class HouseholdMatches {

	private final MatchQueries finder;

	private final MatchAnnouncer announcer;

	private final ApplicationEventPublisher events;

	private final SignalSettings settings;

	private final Clock clock;

	HouseholdMatches(MatchQueries finder, MatchAnnouncer announcer, ApplicationEventPublisher events,
			SignalSettings settings, Clock clock) {
		this.finder = finder;
		this.announcer = announcer;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void on(NetworkFormed event) {
		announce(event.householdId(), null);
	}

	/**
	 * Only matches that involve someone who just joined are new; the others were
	 * announced before.
	 */
	@EventListener
	void on(MembersJoined event) {
		announce(event.householdId(), event.bsnFingerprints());
	}

	/**
	 * @param joined the fingerprints of members who just joined; {@code null}: every
	 * member is new
	 */
	void announce(HouseholdId household, Set<String> joined) {
		var now = clock.instant();
		var signalsOnMembers = finder.signalsOnMembers(household.value());
		Set<UUID> onJoined = new HashSet<>();
		signalsOnMembers.stream()
			.filter(s -> joined == null || joined.contains(s.fingerprint()))
			.forEach(s -> onJoined.add(s.id()));
		if (signalsOnMembers.size() < 2) {
			return;
		}
		Set<String> told = new HashSet<>();
		Map<UUID, Invitee> invitees = new LinkedHashMap<>();
		for (var signal : signalsOnMembers) {
			UUID signalId = signal.id();
			UUID owner = signal.professionalId();
			for (var match : finder.of(signalId, settings.activeSince(now), settings.bornOnOrBefore(now))) {
				if (match.kind() != MatchKind.FAMILY || !household.value().equals(match.householdId())
						|| !(onJoined.contains(signalId) || onJoined.contains(match.otherSignalId()))) {
					continue;
				}
				if (told.add(owner + "/" + match.otherProfessionalId())) {
					events.publishEvent(new MatchFound(ProfessionalId.of(owner), MatchKind.FAMILY,
							match.professionalName(), match.organisationName()));
				}
				invitees.putIfAbsent(match.otherProfessionalId(),
						new Invitee(match.professionalName(), match.organisationName()));
			}
		}
		UUID contactPerson = finder.contactPerson(household.value()).orElse(null);
		if (contactPerson == null) {
			return;
		}
		announcer.suggestInvitations(household, contactPerson, invitees);
	}

}

package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.signal.MatchFinder.MatchRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a professional may know about signals: the matches of their own signals (with the other
 * professional's contact details) and their own organisation's active signals. There is no search over
 * signals, on purpose.
 */
@Service
@Transactional(readOnly = true)
public class SignalQueries {

	/** How long a match counts as new on the start page. */
	static final Duration NEW = Duration.ofDays(30);

	private final MatchFinder finder;

	private final SignalRepository signals;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final SignalSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	SignalQueries(MatchFinder finder, SignalRepository signals, JdbcClient jdbc, PersonalDataCipher cipher,
			SignalSettings settings, MessageSource messages, Clock clock) {
		this.finder = finder;
		this.signals = signals;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** The other organisations with an active signal on the same person or family as one of the actor's own. */
	public PageOf<SignalMatch> matches(Actor actor, PageOf.Request page) {
		return matchesSince(actor, Instant.EPOCH, page);
	}

	/** The matches that arose in the last 30 days, newest first. */
	public PageOf<SignalMatch> newMatches(Actor actor, int limit) {
		return matchesSince(actor, clock.instant().minus(NEW), new PageOf.Request(0, limit));
	}

	/** The active signals of the actor's organisation, newest first, so that a colleague can withdraw one. */
	public PageOf<SignalSummary> organisationSignals(Actor actor, PageOf.Request page) {
		if (actor.organisationId() == null) {
			return new PageOf<>(List.of(), page.page(), page.size(), 0);
		}
		return signals.activeOfOrganisation(actor.organisationId(), settings, clock.instant(), page);
	}

	/**
	 * Which organisations signalled a current member of the household, and when, archive included; for the
	 * family's own view. The caller checks that the reader may see this household: this method does not log.
	 * Members are found by BSN and by name with date of birth, as signals are.
	 */
	public List<SignalledBy> organisationsThatSignalled(HouseholdId household) {
		var fingerprints = new ArrayList<String>();
		jdbc.sql("""
				select given_name, family_name, birth_date, bsn_fingerprint from current_member
				 where household_id = :household
				""")
			.param("household", household.value())
			.query((rs, row) -> new Member(rs.getString("given_name"), rs.getString("family_name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("bsn_fingerprint")))
			.list()
			.forEach(member -> {
				if (member.bsnFingerprint() != null) {
					fingerprints.add(member.bsnFingerprint());
				}
				fingerprints.add(PersonIdentity.byName(member.givenName(), member.familyName(), member.birthDate())
					.fingerprint(cipher));
			});
		if (fingerprints.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select o.name, s.registered_at, s.ended_at
				  from signal s join organisation_profile o on o.id = s.organisation_id
				 where s.person_fingerprint in (:fingerprints)
				 order by s.registered_at desc, s.id
				""")
			.param("fingerprints", fingerprints)
			.query((rs, row) -> new SignalledBy(rs.getString("name"), rs.getTimestamp("registered_at").toInstant(),
					instant(rs.getTimestamp("ended_at"))))
			.list();
	}

	private PageOf<SignalMatch> matchesSince(Actor actor, Instant from, PageOf.Request page) {
		Instant now = clock.instant();
		return finder.forProfessional(actor.professionalId(), settings.activeSince(now), settings.bornOnOrBefore(now),
				from, page).map(this::view);
	}

	/** One view per matching signal: a match on the person wins over one through the family. */
	List<SignalMatch> views(List<MatchRow> rows) {
		var byOther = new LinkedHashMap<UUID, MatchRow>();
		for (var row : rows) {
			byOther.merge(row.otherSignalId(), row, (a, b) -> a.kind() == MatchKind.PERSON ? a : b);
		}
		return byOther.values().stream().map(this::view).toList();
	}

	private SignalMatch view(MatchRow row) {
		String organisation = messages.getMessage("signal.contact.organisation", null, LocaleContextHolder.getLocale());
		return new SignalMatch(row.signalId(), row.hint(), row.kind(), row.organisationName(), row.professionalName(),
				row.contact().line(organisation), row.contact(), row.since());
	}

	private record Member(String givenName, String familyName, LocalDate birthDate, String bsnFingerprint) {
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}

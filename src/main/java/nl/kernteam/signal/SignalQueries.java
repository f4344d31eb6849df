package nl.kernteam.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.signal.MatchQueries.MatchRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a professional may know about signals: the matches of their own signals (with the
 * other professional's contact details) and their own organisation's active signals.
 * There is no search over signals, on purpose.
 */
@Service
@Transactional(readOnly = true)
public class SignalQueries {

	/** How long a match counts as new on the start page. */
	static final Duration NEW = Duration.ofDays(30);

	private final MatchQueries finder;

	private final SignalRepository signals;

	private final SignalSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	SignalQueries(MatchQueries finder, SignalRepository signals, SignalSettings settings, MessageSource messages,
			Clock clock) {
		this.finder = finder;
		this.signals = signals;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The other organisations with an active signal on the same person or family as one
	 * of the actor's own.
	 */
	public PageOf<SignalMatch> matches(Actor actor, PageOf.Request page) {
		return matchesSince(actor, Instant.EPOCH, page);
	}

	/** The matches that arose in the last 30 days, newest first. */
	public PageOf<SignalMatch> newMatches(Actor actor, int limit) {
		return matchesSince(actor, clock.instant().minus(NEW), new PageOf.Request(0, limit));
	}

	/**
	 * The active signals of the actor's organisation, newest first, so that a colleague
	 * can withdraw one.
	 */
	public PageOf<SignalSummary> organisationSignals(Actor actor, PageOf.Request page) {
		if (actor.organisationId() == null) {
			return new PageOf<>(List.of(), page.page(), page.size(), 0);
		}
		return signals.activeOfOrganisation(actor.organisationId(), settings, clock.instant(), page);
	}

	private PageOf<SignalMatch> matchesSince(Actor actor, Instant from, PageOf.Request page) {
		Instant now = clock.instant();
		return finder
			.forProfessional(actor.professionalId(), settings.activeSince(now), settings.bornOnOrBefore(now), from,
					page)
			.map(this::view);
	}

	/**
	 * One view per matching signal: a match on the person wins over one through the
	 * family.
	 */
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

}

package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.kernteam.shared.AmsterdamTime;

/**
 * Ends signals whose active period is over or whose person reached the age limit, and deletes ended signals
 * whose archive period is over. Matching already ignores such signals by their dates; this job makes the
 * stored state follow, wipes what the archive does not need (hint, date of birth) and logs what it did.
 */
@Component
class SignalLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SignalLifecycle.class);

	private final JdbcClient jdbc;

	private final SignalSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SignalLifecycle(JdbcClient jdbc, SignalSettings settings, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${kernteam.signals.lifecycle-cron:0 30 2 * * *}", zone = AmsterdamTime.ZONE_NAME)
	void runScheduled() {
		run(clock.instant());
	}

	/** Does the work as if it were {@code now}; tests move the clock through this. */
	Result run(Instant now) {
		var result = transaction.execute(status -> new Result(endExpired(now), endAtAgeLimit(now), deleteArchived(now)));
		log.info("Signal lifecycle: {} signals expired, {} ended at the age limit, {} archived signals deleted",
				result.expired(), result.ageLimit(), result.deleted());
		return result;
	}

	private int endExpired(Instant now) {
		return jdbc.sql("""
				update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
				 where ended_at is null and registered_at <= :activeSince
				""")
			.param("now", Timestamp.from(now))
			.param("activeSince", Timestamp.from(settings.activeSince(now)))
			.update();
	}

	/** At the age limit a signal is removed outright, not archived (as the Verwijsindex does at 23). */
	private int endAtAgeLimit(Instant now) {
		return jdbc.sql("""
				delete from signal where ended_at is null and birth_date is not null and birth_date <= :bornOnOrBefore
				""")
			.param("bornOnOrBefore", settings.bornOnOrBefore(now))
			.update();
	}

	private int deleteArchived(Instant now) {
		return jdbc.sql("delete from signal where ended_at is not null and ended_at <= :archivedBefore")
			.param("archivedBefore", Timestamp.from(settings.archivedBefore(now)))
			.update();
	}

	record Result(int expired, int ageLimit, int deleted) {
	}
}

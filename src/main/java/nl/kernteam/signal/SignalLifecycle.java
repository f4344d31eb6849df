package nl.kernteam.signal;

import java.time.Clock;
import java.time.Instant;

import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends signals whose active period is over or whose person reached the age limit, and
 * deletes ended signals whose archive period is over. Matching already ignores such
 * signals by their dates; this job makes the stored state follow, wipes what the archive
 * does not need (hint, date of birth) and logs what it did.
 */
@Component
class SignalLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SignalLifecycle.class);

	private final SignalRepository signals;

	private final SignalSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SignalLifecycle(SignalRepository signals, SignalSettings settings, TransactionTemplate transaction, Clock clock) {
		this.signals = signals;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(cron = "${kernteam.signals.lifecycle-cron:0 30 2 * * *}", zone = AmsterdamTime.ZONE_NAME)
	@SchedulerLock(name = "signal-lifecycle", lockAtLeastFor = "PT1M")
	void runScheduled() {
		run(clock.instant());
	}

	/** Does the work as if it were {@code now}; tests move the clock through this. */
	Result run(Instant now) {
		var result = transaction.execute(status -> new Result(signals.endExpired(now, settings.activeSince(now)),
				signals.removeAtAgeLimit(settings.bornOnOrBefore(now)),
				signals.deleteArchived(settings.archivedBefore(now))));
		log.info("Signal lifecycle: {} signals expired, {} ended at the age limit, {} archived signals deleted",
				result.expired(), result.ageLimit(), result.deleted());
		return result;
	}

	record Result(int expired, int ageLimit, int deleted) {
	}

}

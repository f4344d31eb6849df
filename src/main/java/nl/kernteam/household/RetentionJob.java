package nl.kernteam.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Destroys the files whose retention period has passed: every night, each closed
 * household whose {@code retention_until} lies before today (Amsterdam) is destroyed in a
 * transaction of its own, a batch at a time until none is due. A household reopened in
 * the meantime is not closed and so not due; one destroyed already is not found again, so
 * a second run, even at the same time, does nothing.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final HouseholdDestructions destructions;

	private final Clock clock;

	private final int batch;

	RetentionJob(HouseholdDestructions destructions, Clock clock,
			@Value("${kernteam.retention.batch-size:100}") int batch) {
		this.destructions = destructions;
		this.clock = clock;
		this.batch = Math.max(1, batch);
	}

	@Scheduled(cron = "${kernteam.retention.destruction-cron:0 30 2 * * *}", zone = AmsterdamTime.ZONE_NAME)
	@SchedulerLock(name = "retention-destruction", lockAtLeastFor = "PT1M")
	void runScheduled() {
		run(clock.instant());
	}

	/** Does the work as if it were {@code now}; tests move the clock through this. */
	int run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, AmsterdamTime.ZONE);
		int destroyed = 0;
		while (true) {
			var due = destructions.due(today, batch);
			int inBatch = 0;
			for (var household : due) {
				if (destructions.destroyAfterRetention(household, today)) {
					inBatch++;
				}
			}
			destroyed += inBatch;
			if (due.size() < batch || inBatch == 0) {
				break;
			}
		}
		log.info("Retention: {} closed files destroyed after their retention period", destroyed);
		return destroyed;
	}

}

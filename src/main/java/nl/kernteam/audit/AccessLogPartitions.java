package nl.kernteam.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps monthly partitions of the access log ready: last month to three months ahead, at
 * start and daily. Rows that fall outside them land in the default partition, so no write
 * ever fails for lack of one. At start this runs on {@link ApplicationStartedEvent},
 * which Spring Boot publishes before it calls any {@code ApplicationRunner}: the
 * partitions exist before the first start-up writer (the demo data) logs a row, without a
 * runner order number.
 */
@Component
class AccessLogPartitions {

	private static final Logger log = LoggerFactory.getLogger(AccessLogPartitions.class);

	private final AccessLogRepository repository;

	private final Clock clock;

	AccessLogPartitions(AccessLogRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void atStart() {
		ensure();
	}

	@Scheduled(cron = "0 17 3 * * *")
	@SchedulerLock(name = "access-log-partitions", lockAtLeastFor = "PT1M")
	void ensure() {
		LocalDate lastMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(1).withDayOfMonth(1);
		Integer created = repository.ensurePartitions(lastMonth);
		if (created != null && created > 0) {
			log.info("Created {} monthly partitions of the access log", created);
		}
	}

}

package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: a {@link DeadlineDue} for each statutory clock that falls due today, and
 * for each running court order that enters the weeks in which its extension must be asked
 * (so that other systems, through the webhooks, hear of it on that day).
 */
@Component
class DeadlineNotices {

	private final DeadlineNoticeRepository repository;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int extensionWeeks;

	DeadlineNotices(DeadlineNoticeRepository repository, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock,
			@Value("${kernteam.court-orders.extension-warning-weeks:8}") int extensionWeeks) {
		this.repository = repository;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.extensionWeeks = extensionWeeks;
	}

	@Scheduled(cron = "${kernteam.deadlines.notice-cron:0 0 6 * * *}", zone = AmsterdamTime.ZONE_NAME)
	@SchedulerLock(name = "deadline-notices", lockAtLeastFor = "PT5M")
	void runScheduled() {
		run(AmsterdamTime.today(clock));
	}

	/** Publishes the notices of {@code today}; how many. */
	int run(LocalDate today) {
		Integer published = transaction.execute(status -> {
			var due = repository.dueOn(today, today.plusWeeks(extensionWeeks));
			due.forEach(d -> events.publishEvent(new DeadlineDue(HouseholdId.of(d.householdId()), d.kind(), d.due())));
			return due.size();
		});
		return published == null ? 0 : published;
	}

}

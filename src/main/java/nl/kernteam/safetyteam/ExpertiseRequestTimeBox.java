package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.network.InvolvementId;
import nl.kernteam.network.InvolvementsOnRequest;
import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the time box of accepted requests: some days before the last day the professional
 * who joined and the contact person are reminded (extend it or round off), and once the
 * last day has passed the involvement ends, with the reason, and the request with it.
 */
@Component
class ExpertiseRequestTimeBox {

	private static final Logger log = LoggerFactory.getLogger(ExpertiseRequestTimeBox.class);

	private final ExpertiseRequestRepository requests;

	private final InvolvementsOnRequest involvements;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int reminderDays;

	ExpertiseRequestTimeBox(ExpertiseRequestRepository requests, InvolvementsOnRequest involvements,
			ApplicationEventPublisher events, MessageSource messages, TransactionTemplate transaction, Clock clock,
			@Value("${kernteam.expertise-requests.reminder-days:7}") int reminderDays) {
		this.requests = requests;
		this.involvements = involvements;
		this.events = events;
		this.messages = messages;
		this.transaction = transaction;
		this.clock = clock;
		this.reminderDays = reminderDays;
	}

	@Scheduled(cron = "${kernteam.expertise-requests.time-box-cron:0 5 * * * *}", zone = AmsterdamTime.ZONE_NAME)
	@SchedulerLock(name = "expertise-request-time-box", lockAtLeastFor = "PT1M")
	void runScheduled() {
		run(clock.instant());
	}

	/** Does the work as if it were {@code now}; tests move the clock through this. */
	Result run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, AmsterdamTime.ZONE);
		String reason = messages.getMessage("safetyteam.request.timeBoxEnded", null, Locale.forLanguageTag("nl"));
		var result = transaction.execute(status -> {
			int reminded = 0;
			for (var request : requests.toRemind(today.plusDays(reminderDays))) {
				if (!request.until().isBefore(today)) {
					requests.reminded(request.id(), now);
					events.publishEvent(new ExpertiseRequestEndingSoon(request.id(),
							HouseholdId.of(request.householdId()), ProfessionalId.of(request.professionalId()),
							ProfessionalId.ofNullable(request.contactPersonId()), request.until()));
					reminded++;
				}
			}
			var expired = requests.expired(today);
			for (var request : expired) {
				involvements.end(InvolvementId.of(request.involvementId()), reason, now);
				requests.ended(request.id(), now);
				events.publishEvent(new ExpertiseRequestEnded(request.id(), HouseholdId.of(request.householdId()),
						ProfessionalId.of(request.professionalId()),
						ProfessionalId.ofNullable(request.contactPersonId())));
			}
			return new Result(reminded, expired.size());
		});
		log.info("Expertise requests: {} reminded, {} ended at the end of their time box", result.reminded(),
				result.ended());
		return result;
	}

	record Result(int reminded, int ended) {
	}

}

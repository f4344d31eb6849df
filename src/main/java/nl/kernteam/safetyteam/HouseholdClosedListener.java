package nl.kernteam.safetyteam;

import java.time.Clock;

import nl.kernteam.household.HouseholdClosed;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Help ends when the file is closed: in the closing transaction, every running clock of
 * the household stops (court orders' too) and every open or accepted expertise request
 * ends.
 */
@Component
class HouseholdClosedListener {

	private final ReportRepository reports;

	private final ExpertiseRequestRepository requests;

	private final CourtOrderRepository orders;

	private final Clock clock;

	HouseholdClosedListener(ReportRepository reports, ExpertiseRequestRepository requests, CourtOrderRepository orders,
			Clock clock) {
		this.reports = reports;
		this.requests = requests;
		this.orders = orders;
		this.clock = clock;
	}

	@EventListener
	void on(HouseholdClosed event) {
		reports.stopClocks(event.household().value(), AmsterdamTime.today(clock));
		orders.stopAll(event.household().value(), AmsterdamTime.today(clock));
		requests.endAllOf(event.household().value(), event.by().professionalId(), clock.instant());
	}

}

package nl.kernteam.safetyteam;

import java.time.Clock;

import nl.kernteam.household.HouseholdClosed;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Help ends when the file is closed: in the closing transaction, every running clock of
 * the household stops and every open or accepted expertise request ends.
 */
@Component
class HouseholdClosedListener {

	private final ClosedHouseholdRepository closed;

	private final Clock clock;

	HouseholdClosedListener(ClosedHouseholdRepository closed, Clock clock) {
		this.closed = closed;
		this.clock = clock;
	}

	@EventListener
	void on(HouseholdClosed event) {
		closed.stopClocks(event.household().value(), AmsterdamTime.today(clock));
		closed.endRequests(event.household().value(), event.by().professionalId(), clock.instant());
	}

}

package nl.kernteam.safetyteam;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes its reports, clocks, meldcode trail and expertise requests
 * along.
 */
@Component
class SafetyteamDestructionListener {

	private final SafetyteamDestructionRepository destructions;

	SafetyteamDestructionListener(SafetyteamDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
	}

}

package nl.kernteam.network;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes its network along: last of the modules, because the plan's
 * agreements and the shares name involvements.
 */
@Component
class NetworkDestructionListener {

	private final NetworkDestructionRepository destructions;

	NetworkDestructionListener(NetworkDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.LAST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
	}

}

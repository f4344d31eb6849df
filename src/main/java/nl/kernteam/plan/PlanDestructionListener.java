package nl.kernteam.plan;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes its plan along (before the network: agreements name
 * involvements).
 */
@Component
class PlanDestructionListener {

	private final PlanDestructionRepository destructions;

	PlanDestructionListener(PlanDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
	}

}

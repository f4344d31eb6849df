package nl.kernteam.learning;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes its case reviews (their steps name the family and the
 * professionals) and the reflections on it along. Intervision sessions keep their case
 * labels: they are written without names.
 */
@Component
class LearningDestructionListener {

	private final LearningDestructionRepository destructions;

	LearningDestructionListener(LearningDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
	}

}

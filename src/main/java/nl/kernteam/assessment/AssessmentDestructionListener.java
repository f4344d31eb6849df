package nl.kernteam.assessment;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A destroyed file takes its joint assessments along, their versions too. */
@Component
class AssessmentDestructionListener {

	private final AssessmentDestructionRepository destructions;

	AssessmentDestructionListener(AssessmentDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
	}

}

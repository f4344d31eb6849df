package nl.kernteam.notification;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A destroyed file takes the notifications that name it along. */
@Component
class NotificationDestructionListener {

	private final NotificationDestructionRepository destructions;

	NotificationDestructionListener(NotificationDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		event.destroyed("notification", destructions.deleteAllOf(event.household().value()));
	}

}

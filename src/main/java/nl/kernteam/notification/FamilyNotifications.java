package nl.kernteam.notification;

import java.util.List;

import nl.kernteam.portal.FamilyMessageSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the contact person that the family wrote to them, with a link to the household
 * page where the message is and where they answer. The message itself is not in the
 * notification: only those who may read the household read it, on that page.
 */
@Component
class FamilyNotifications {

	private final Notifications notifications;

	FamilyNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(FamilyMessageSent event) {
		if (event.contactPersonId() == null) {
			return;
		}
		notifications.notifyAbout(event.contactPersonId(), event.householdId(), "notification.familyMessage",
				List.of(event.memberName(), Notifications.HOUSEHOLD),
				"/households/" + event.householdId() + "#family-voice");
	}

}

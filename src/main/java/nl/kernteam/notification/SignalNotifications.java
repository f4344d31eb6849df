package nl.kernteam.notification;

import java.util.List;

import nl.kernteam.signal.InvitationSuggested;
import nl.kernteam.signal.MatchFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells professionals about matched signals, synchronously: in the transaction that made
 * the match.
 */
@Component
class SignalNotifications {

	static final String MATCHES_LINK = "/signals";

	private final Notifications notifications;

	SignalNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(MatchFound event) {
		notifications.notify(event.professionalId().value(), "signal.notification.match." + event.kind(),
				List.of(event.otherProfessionalName(), event.otherOrganisationName()), MATCHES_LINK);
	}

	/**
	 * The contact person is asked to invite the matched professional, with a link that
	 * fills in the form.
	 */
	@EventListener
	void on(InvitationSuggested event) {
		notifications.notifyAbout(event.contactPersonId().value(), event.householdId().value(),
				"signal.notification.contactPerson",
				List.of(event.inviteeName(), event.inviteeOrganisationName(), Notifications.HOUSEHOLD),
				"/households/" + event.householdId() + "/network/involvements/new?professionalId=" + event.inviteeId());
	}

}

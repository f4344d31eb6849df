package nl.kernteam.notification;

import java.util.List;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.network.ContactPersonChanged;
import nl.kernteam.network.DirectorAppointed;
import nl.kernteam.network.EmergencyAccessGranted;
import nl.kernteam.network.InvolvementEnded;
import nl.kernteam.network.NetworkFormed;
import nl.kernteam.network.ProfessionalAdded;
import nl.kernteam.network.ShareGranted;
import nl.kernteam.network.ShareRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells professionals about changes to a household's network. Synchronous listeners: each
 * notification is written in the transaction of the change it tells about, and a refused
 * notification (a bad link) rolls the change back.
 */
@Component
class NetworkNotifications {

	private final Notifications notifications;

	private final Professionals professionals;

	NetworkNotifications(Notifications notifications, Professionals professionals) {
		this.notifications = notifications;
		this.professionals = professionals;
	}

	@EventListener
	void on(ProfessionalAdded event) {
		tell(event.professionalId(), event.householdId(), "network.notification.involved",
				List.of(Notifications.HOUSEHOLD, event.addedBy().name()), "/households/" + event.householdId());
	}

	/** Someone who left the network themselves is not told so. */
	@EventListener
	void on(InvolvementEnded event) {
		if (event.professionalId() != null && !event.self()) {
			tell(event.professionalId(), event.householdId(), "network.notification.ended",
					List.of(Notifications.HOUSEHOLD, event.endedBy().name()), null);
		}
	}

	/**
	 * A household registered by someone who named another professional as its contact
	 * person: that person is told, once (registering for oneself tells nobody).
	 */
	@EventListener
	void on(NetworkFormed event) {
		if (!event.selfAppointed()) {
			var by = event.registeredBy();
			tell(event.contactPersonId(), event.householdId(), "network.notification.namedContactPerson",
					List.of(Notifications.HOUSEHOLD, by.name(), String.valueOf(by.organisationName())),
					"/households/" + event.householdId());
		}
	}

	@EventListener
	void on(ContactPersonChanged event) {
		if (event.selfAppointed()) {
			tellOfSelfAppointment(event);
			return;
		}
		String household = "/households/" + event.householdId();
		var by = event.changedBy();
		tell(event.next(), event.householdId(), "network.notification.newContactPerson",
				List.of(Notifications.HOUSEHOLD, by.name()), household);
		if (!event.previous().value().equals(by.professionalId())) {
			tell(event.previous(), event.householdId(), "network.notification.handedOver",
					List.of(Notifications.HOUSEHOLD, event.nextName()),
					event.previousStaysInvolved() ? household : null);
		}
	}

	/**
	 * Someone who made themselves contact person (a team lead, say) gains full access:
	 * not silently. The previous contact person and every privacy officer are told, the
	 * officers with a link to the household's access log.
	 */
	private void tellOfSelfAppointment(ContactPersonChanged event) {
		var actor = event.changedBy();
		String household = "/households/" + event.householdId();
		var arguments = List.of(actor.name(), String.valueOf(actor.organisationName()), Notifications.HOUSEHOLD);
		tell(event.previous(), event.householdId(), "network.notification.selfAppointed", arguments,
				event.previousStaysInvolved() ? household + "/network" : null);
		for (ProfessionalId officer : professionals.privacyOfficers()) {
			if (!officer.value().equals(actor.professionalId()) && !officer.equals(event.previous())) {
				tell(officer, event.householdId(), "network.notification.selfAppointed", arguments,
						household + "/access-log");
			}
		}
	}

	@EventListener
	void on(DirectorAppointed event) {
		tell(event.professionalId(), event.householdId(), "network.notification.director",
				List.of(Notifications.HOUSEHOLD, event.appointedBy().name()), "/households/" + event.householdId());
	}

	/** Break the glass: the contact person is told at once. */
	@EventListener
	void on(EmergencyAccessGranted event) {
		if (event.contactPersonId() == null) {
			return;
		}
		var actor = event.grantedTo();
		tell(event.contactPersonId(), event.householdId(), "network.notification.emergencyAccess",
				List.of(actor.name(), String.valueOf(actor.organisationName()), Notifications.HOUSEHOLD),
				"/households/" + event.householdId() + "/network");
	}

	@EventListener
	void on(ShareGranted event) {
		tell(event.partnerId(), event.householdId(), "network.notification.shared." + event.what(),
				List.of(Notifications.HOUSEHOLD, event.sharedBy().name()), "/households/" + event.householdId());
	}

	@EventListener
	void on(ShareRevoked event) {
		tell(event.partnerId(), event.householdId(), "network.notification.shareEnded." + event.what(),
				List.of(Notifications.HOUSEHOLD, event.revokedBy().name()), null);
	}

	private void tell(ProfessionalId professional, HouseholdId household, String messageKey, List<String> arguments,
			String link) {
		notifications.notifyAbout(professional.value(), household.value(), messageKey, arguments, link);
	}

}

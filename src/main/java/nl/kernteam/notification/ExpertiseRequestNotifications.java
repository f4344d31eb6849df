package nl.kernteam.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.safetyteam.ExpertiseRequestAccepted;
import nl.kernteam.safetyteam.ExpertiseRequestDeclined;
import nl.kernteam.safetyteam.ExpertiseRequestEnded;
import nl.kernteam.safetyteam.ExpertiseRequestEndingSoon;
import nl.kernteam.safetyteam.ExpertiseRequested;
import nl.kernteam.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the asked organisation's professionals that a request waits in their duty queue,
 * the contact person how the organisation decided on an expertise request, and the
 * professional who joined and the contact person that its time box ends soon and that it
 * ended. Synchronous, in the transaction of the change, as {@link NetworkNotifications}.
 */
@Component
class ExpertiseRequestNotifications {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

	private final Notifications notifications;

	private final Professionals professionals;

	ExpertiseRequestNotifications(Notifications notifications, Professionals professionals) {
		this.notifications = notifications;
		this.professionals = professionals;
	}

	/** The asked organisation's professionals, who do not see the household yet. */
	@EventListener
	void on(ExpertiseRequested event) {
		for (var professional : professionals.colleagues(event.organisationId())) {
			if (professional.roles().contains(Role.PROFESSIONAL)) {
				notifications.notify(professional.id(), "safetyteam.notification.requested",
						List.of(event.requestingOrganisation()), "/expertise-requests/" + event.requestId());
			}
		}
	}

	@EventListener
	void on(ExpertiseRequestAccepted event) {
		tell(event.contactPersonId(), "safetyteam.notification.accepted", List.of(event.professionalName(),
				Notifications.HOUSEHOLD, day(event.until()), event.organisationName()), event.householdId().value());
	}

	@EventListener
	void on(ExpertiseRequestDeclined event) {
		tell(event.contactPersonId(), "safetyteam.notification.declined",
				List.of(event.organisationName(), Notifications.HOUSEHOLD), event.householdId().value());
	}

	/** Both may act: the contact person extends, the professional rounds off. */
	@EventListener
	void on(ExpertiseRequestEndingSoon event) {
		var arguments = List.of(Notifications.HOUSEHOLD, day(event.until()));
		tell(event.professionalId(), "safetyteam.notification.endingSoon", arguments, event.householdId().value());
		tell(event.contactPersonId(), "safetyteam.notification.endingSoon", arguments, event.householdId().value());
	}

	@EventListener
	void on(ExpertiseRequestEnded event) {
		var arguments = List.of(Notifications.HOUSEHOLD);
		notifications.notifyAbout(event.professionalId().value(), event.householdId().value(),
				"safetyteam.notification.ended", arguments, null);
		tell(event.contactPersonId(), "safetyteam.notification.ended", arguments, event.householdId().value());
	}

	private void tell(ProfessionalId professional, String messageKey, List<String> arguments, UUID household) {
		if (professional != null) {
			notifications.notifyAbout(professional.value(), household, messageKey, arguments,
					"/households/" + household + "/network");
		}
	}

	private static String day(LocalDate date) {
		return date.format(DAY);
	}

}

package nl.kernteam.notification;

import nl.kernteam.shared.ActorPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications, shown next to the menu item on every page (one
 * indexed count).
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

	private final Notifications notifications;

	UnreadCountAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	long unread() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& principal.actor().organisationId() != null) {
			return notifications.unread(principal.actor().professionalId());
		}
		return 0;
	}

}

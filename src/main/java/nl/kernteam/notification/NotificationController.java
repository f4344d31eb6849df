package nl.kernteam.notification;

import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", notifications.forReader(actor, new PageOf.Request(page, 25)));
		return "notification/list";
	}

	/**
	 * Opens one of the reader's own notifications: marks it read and follows the link
	 * stored with it, never one taken from the request (someone else's notification is a
	 * 404).
	 */
	@PostMapping("/notifications/{id}/open")
	String open(Actor actor, @PathVariable UUID id) {
		return "redirect:" + notifications.open(actor.professionalId(), id).orElse("/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll(Actor actor) {
		notifications.markAllRead(actor.professionalId());
		return "redirect:/notifications";
	}

	@Bean
	static NavigationItem notificationsNavigation() {
		return new NavigationItem("/notifications", "notification.nav", 80, actor -> actor.organisationId() != null);
	}

}

package nl.kernteam.notification;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.LayoutAttributes;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.web.PageFrame;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The number of unread notifications, shown next to the menu item on every page (one
 * indexed count). A page that is one unit of work reads it in its own transaction
 * ({@link PageFrame}); for the others it is read before the handler
 * ({@link LayoutAttributes}).
 */
@Component
class UnreadCountAdvice implements PageFrame, LayoutAttributes {

	static final String UNREAD = "unreadNotifications";

	private final Notifications notifications;

	UnreadCountAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put(UNREAD, unread(request));
	}

	/** A problem page does not count: the database may be what failed. */
	@Override
	public boolean onProblemPages() {
		return false;
	}

	Long unread(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& handler.hasMethodAnnotation(OneUnitOfWork.class)) {
			// the page reads it in its own transaction (an API answer never asks:
			// LayoutModel)
			return null;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& principal.actor().organisationId() != null) {
			return notifications.unread(principal.actor().professionalId());
		}
		return 0L;
	}

	@Override
	public Map<String, Object> read(Actor actor) {
		return Map.of(UNREAD, notifications.unread(actor.professionalId()));
	}

	@Override
	public Supplier<Map<String, Object>> read(Actor actor, Reads reads) {
		var unread = notifications.unread(actor.professionalId(), reads);
		return () -> Map.of(UNREAD, unread.get());
	}

}

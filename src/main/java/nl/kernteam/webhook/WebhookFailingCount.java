package nl.kernteam.webhook;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.security.core.context.SecurityContextHolder;
import nl.kernteam.shared.web.LayoutAttributes;
import org.springframework.stereotype.Component;

/**
 * The number of deliveries that failed or wait for a next attempt after a failure, on the
 * administration's pages (the tab and the start page), so that the administrator notices:
 * one indexed count, read on {@code /admin} pages only.
 */
@Component
class WebhookFailingCount implements LayoutAttributes {

	static final String FAILING = "failingWebhooks";

	private final WebhookListQueries lists;

	private final RoleAccess roles;

	WebhookFailingCount(WebhookListQueries lists, RoleAccess roles) {
		this.lists = lists;
		this.roles = roles;
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put(FAILING, failing(request));
	}

	/** A problem page does not count: the database may be what failed. */
	@Override
	public boolean onProblemPages() {
		return false;
	}

	Long failing(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin/") && !path.equals("/admin")) {
			return null;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& roles.holds(principal.actor(), Role.FUNCTIONAL_ADMIN)) {
			return lists.failing();
		}
		return null;
	}

}

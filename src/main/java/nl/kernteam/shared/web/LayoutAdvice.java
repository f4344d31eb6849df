package nl.kernteam.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: who is logged in, the menu, and where we are. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final List<NavigationItem> items;

	private final RoleAccess roles;

	LayoutAdvice(ObjectProvider<NavigationItem> items, RoleAccess roles) {
		this.roles = roles;
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("me")
	Actor me() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				? principal.actor() : null;
	}

	@ModelAttribute("navItems")
	List<NavigationItem> navItems() {
		Actor me = me();
		return me == null ? List.of()
				: items.stream()
					.filter(item -> item.shownTo().test(me)
							&& (item.roles().isEmpty() || roles.holds(me, item.roles().toArray(Role[]::new))))
					.toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The menu item of the current page: the longest item path the page lies under, so
	 * that {@code /team/objections} marks its own item and not {@code /team} too.
	 */
	@ModelAttribute("currentNavPath")
	String currentNavPath(HttpServletRequest request) {
		String path = currentPath(request);
		return items.stream()
			.map(NavigationItem::path)
			.filter(item -> path.equals(item) || path.startsWith(item + "/"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

}

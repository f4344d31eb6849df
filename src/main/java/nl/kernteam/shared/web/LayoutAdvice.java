package nl.kernteam.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the layout of every page needs: who is logged in, the menu, and where we are. */
@Component
class LayoutAdvice implements LayoutAttributes {

	private final List<NavigationItem> items;

	private final RoleAccess roles;

	private final LayoutTexts texts;

	private final FixedTexts labels;

	LayoutAdvice(ObjectProvider<NavigationItem> items, RoleAccess roles, LayoutTexts texts, FixedTexts labels) {
		this.roles = roles;
		this.texts = texts;
		this.labels = labels;
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("me", me());
		model.put("navigation", navigation(request));
		model.put("currentPath", currentPath(request));
	}

	Actor me() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				? principal.actor() : null;
	}

	/**
	 * The menu as the layout shows it (issue 19): each link's address, label in the
	 * request's language and whether it is the current page, worked out here instead of
	 * in template expressions on every page.
	 */
	List<NavigationLink> navigation(HttpServletRequest request) {
		Actor me = me();
		if (me == null) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		String path = currentPath(request);
		String navPath = currentNavPath(request);
		var links = new ArrayList<NavigationLink>();
		if (me.organisationId() != null) {
			links.add(fixed("/", "layout.nav.myWork", path.equals("/"), locale));
			links.add(fixed("/households", "layout.nav.households", path.startsWith("/households"), locale));
		}
		for (var item : navItems()) {
			links.add(new NavigationLink(texts.href(item.path()), labels.of(locale).text(item.labelKey()),
					item.path().equals(navPath) ? "page" : null, false, item.path().equals("/notifications")));
		}
		if (me.hasRole(Role.PRIVACY_OFFICER)) {
			links.add(fixed("/privacy", "layout.nav.privacy", path.startsWith("/privacy"), locale));
		}
		if (me.hasRole(Role.FUNCTIONAL_ADMIN)) {
			links.add(fixed("/admin", "layout.nav.admin", path.startsWith("/admin"), locale));
		}
		return links;
	}

	private NavigationLink fixed(String path, String labelKey, boolean current, Locale locale) {
		return new NavigationLink(texts.href(path), labels.of(locale).text(labelKey), current ? "page" : null, true,
				false);
	}

	List<NavigationItem> navItems() {
		Actor me = me();
		return me == null ? List.of()
				: items.stream()
					.filter(item -> item.shownTo().test(me)
							&& (item.roles().isEmpty() || roles.holds(me, item.roles().toArray(Role[]::new))))
					.toList();
	}

	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The menu item of the current page: the longest item path the page lies under, so
	 * that {@code /team/objections} marks its own item and not {@code /team} too.
	 */
	String currentNavPath(HttpServletRequest request) {
		String path = currentPath(request);
		return items.stream()
			.map(NavigationItem::path)
			.filter(item -> path.equals(item) || path.startsWith(item + "/"))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
	}

}

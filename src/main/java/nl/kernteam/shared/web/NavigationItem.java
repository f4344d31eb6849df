package nl.kernteam.shared.web;

import java.util.Set;
import java.util.function.Predicate;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param path where it leads; also marks the current page
 * @param labelKey message key of its label
 * @param order place in the menu, low first
 * @param shownTo who sees it, beyond the roles
 * @param roles the roles of which the actor needs one (none: any), as the access decision
 * answers it
 */
public record NavigationItem(String path, String labelKey, int order, Predicate<Actor> shownTo, Set<Role> roles) {

	public NavigationItem(String path, String labelKey, int order, Predicate<Actor> shownTo) {
		this(path, labelKey, order, shownTo, Set.of());
	}

	/** A link for those who hold this role. */
	public NavigationItem(String path, String labelKey, int order, Role role) {
		this(path, labelKey, order, actor -> true, Set.of(role));
	}
}

package nl.kernteam.shared.web;

import java.util.function.Predicate;

import nl.kernteam.shared.Actor;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param path     where it leads; also marks the current page
 * @param labelKey message key of its label
 * @param order    place in the menu, low first
 * @param shownTo  who sees it
 */
public record NavigationItem(String path, String labelKey, int order, Predicate<Actor> shownTo) {
}

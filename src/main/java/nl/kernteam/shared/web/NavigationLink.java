package nl.kernteam.shared.web;

/**
 * A link of the menu as the layout shows it.
 *
 * @param current {@code page} on the current page's link, else {@code null}
 * @param plain the label without a span (the links the layout always had), else in a span
 * that the unread count may follow
 * @param counted the link that shows the number of unread notifications
 */
public record NavigationLink(String href, String text, String current, boolean plain, boolean counted) {
}

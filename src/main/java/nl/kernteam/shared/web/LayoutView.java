package nl.kernteam.shared.web;

import java.util.List;

/**
 * What the layout ({@code shared/web/layout.jte}) shows around a page's content, ready to
 * place: made by {@link Layouts} from the request's model, once per page.
 *
 * @param lang the page's language, for {@code <html lang>}
 * @param title the page's title followed by the application's name
 * @param t the layout's fixed texts and links in that language
 * @param demo whether the installation has demo accounts (a banner says so)
 * @param demoRefused whether this server refuses them (the banner says why a demo login
 * fails)
 * @param navigation the menu; empty when nobody is logged in
 * @param unread the number of unread notifications, shown after the counted link when
 * more than none; {@code null} when not known
 * @param unreadTitle that number in words, or {@code null}
 * @param who the name of whoever is logged in, {@code null} when nobody is
 * @param organisation their organisation's name, or {@code null}
 * @param notice the confirmation of what was just done, or {@code null}
 * @param focusId the field that takes the focus after a redirect, or {@code null}
 * @param csrf the logout form's CSRF field, or {@code null}
 */
public record LayoutView(String lang, String title, LayoutTexts.Texts t, boolean demo, boolean demoRefused,
		List<NavigationLink> navigation, Long unread, String unreadTitle, String who, String organisation,
		String notice, String focusId, CsrfField csrf) {

	/** Whether the counted link shows the number of unread notifications. */
	public boolean showsUnread(NavigationLink link) {
		return link.counted() && this.unread != null && this.unread > 0;
	}

}

package nl.kernteam.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The layout of every page, {@code shared/web/layout.jte} (issue 19: Thymeleaf's walk
 * over the layout was a sixth of the household page's JVM time). A jte page is written
 * whole by {@link #page}; a Thymeleaf page's {@code layout.html} places its content
 * between the two parts {@link #frame} gives. Both read the same model attributes:
 * {@code me} and {@code navigation} ({@code LayoutAdvice}), {@code unreadNotifications},
 * {@code demoMode} and {@code demoLoginsRefused} (the modules' advice or the page's
 * frame), {@code notice} (a message key, as a flash attribute) and {@code focusId}.
 */
@Component("layouts")
public class Layouts {

	/** Where the content goes, when the layout is cut in two for a Thymeleaf page. */
	private static final String CONTENT = "\u0000content\u0000";

	private static final String TEMPLATE = "shared/web/layout.jte";

	private final LayoutTexts texts;

	private final MessageSource messages;

	Layouts(LayoutTexts texts, MessageSource messages) {
		this.texts = texts;
		this.messages = messages;
	}

	/**
	 * A page made by a jte template: its content inside the layout, written at once with
	 * its length.
	 * @param title the page's title (before the application's name)
	 * @param template the content's template under {@code src/main/jte}
	 * @param view the content template's one parameter
	 */
	public View page(String title, String template, Object view) {
		return new Page(title, template, view);
	}

	/**
	 * The layout before and after a Thymeleaf page's content ({@code layout.html}), for
	 * the model's attributes as the template has them (any may be {@code null}).
	 */
	public Frame frame(String title, Locale locale, Actor me, List<NavigationLink> navigation, Long unread,
			String notice, String focusId, Boolean demo, Boolean demoRefused) {
		var output = new StringOutput(4096);
		var layout = view(title, locale, me, navigation, unread, notice, focusId, Boolean.TRUE.equals(demo),
				Boolean.TRUE.equals(demoRefused));
		Fragments.render(TEMPLATE, Map.of("layout", layout, "content", (Content) (out) -> out.writeContent(CONTENT)),
				output);
		String html = output.toString();
		int at = html.indexOf(CONTENT);
		return new Frame(html.substring(0, at), html.substring(at + CONTENT.length()));
	}

	@SuppressWarnings("unchecked")
	LayoutView view(String title, Locale locale, Map<String, ?> model) {
		return view(title, locale, (model.get("me") instanceof Actor me) ? me : null,
				(model.get("navigation") instanceof List<?> links) ? (List<NavigationLink>) links : null,
				(model.get("unreadNotifications") instanceof Number unread) ? unread.longValue() : null,
				(model.get("notice") instanceof String notice) ? notice : null,
				(model.get("focusId") instanceof String focusId) ? focusId : null,
				Boolean.TRUE.equals(model.get("demoMode")), Boolean.TRUE.equals(model.get("demoLoginsRefused")));
	}

	private LayoutView view(String title, Locale locale, Actor me, List<NavigationLink> navigation, Long unread,
			String notice, String focusId, boolean demo, boolean demoRefused) {
		var t = this.texts.of(locale);
		String unreadTitle = (unread != null && unread > 0)
				? this.messages.getMessage("notification.unreadCount", new Object[] { unread }, locale) : null;
		return new LayoutView(locale.getLanguage(), ((title != null) ? title : "") + t.titleSuffix(), t, demo,
				demoRefused, (navigation != null) ? navigation : List.of(), unread, unreadTitle,
				(me != null) ? me.name() : null, (me != null) ? me.organisationName() : null, (notice != null)
						? this.messages.getMessage(notice, null, "??" + notice + "_" + locale + "??", locale) : null,
				focusId, this.texts.href("/logout"), (me != null) ? CsrfField.current() : null);
	}

	/**
	 * The layout cut where a page's content goes.
	 *
	 * @param top everything before the content, from {@code <html>}
	 * @param bottom everything after it
	 */
	public record Frame(String top, String bottom) {
	}

	private final class Page implements View {

		private final String title;

		private final String template;

		private final Object view;

		Page(String title, String template, Object view) {
			this.title = title;
			this.template = template;
			this.view = view;
		}

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			var layout = view(this.title, RequestContextUtils.getLocale(request), model);
			var output = new Utf8ByteOutput();
			output.writeContent("<!DOCTYPE html>\n");
			Fragments.render(TEMPLATE, Map.of("layout", layout, "content",
					(Content) (out) -> Fragments.render(this.template, this.view, out)), output);
			response.setContentType(getContentType());
			response.setContentLength(output.getContentLength());
			output.writeTo(response.getOutputStream());
		}

	}

}

package nl.kernteam.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import org.thymeleaf.context.IContext;

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
	 * The layout before and after a Thymeleaf page's content ({@code layout.html}, which
	 * passes its context: the same model attributes and locale as a jte page's).
	 */
	public Frame frame(String title, IContext page) {
		var output = new StringOutput(4096);
		Fragments.render(TEMPLATE, Map.of("layout", view(title, page.getLocale(), page::getVariable), "content",
				(Content) (out) -> out.writeContent(CONTENT)), output);
		String html = output.toString();
		int at = html.indexOf(CONTENT);
		return new Frame(html.substring(0, at), html.substring(at + CONTENT.length()));
	}

	/**
	 * What the layout shows, from the page's model attributes by name; one of another
	 * type than the layout expects is left out.
	 */
	@SuppressWarnings("unchecked")
	LayoutView view(String title, Locale locale, Function<String, Object> model) {
		Actor me = (model.apply("me") instanceof Actor actor) ? actor : null;
		var navigation = (model.apply("navigation") instanceof List<?> links) ? (List<NavigationLink>) links
				: List.<NavigationLink>of();
		Long unread = (model.apply("unreadNotifications") instanceof Number number) ? number.longValue() : null;
		String notice = (model.apply("notice") instanceof String key) ? key : null;
		var t = this.texts.of(locale);
		return new LayoutView(locale.getLanguage(), ((title != null) ? title : "") + t.titleSuffix(), t,
				Boolean.TRUE.equals(model.apply("demoMode")), Boolean.TRUE.equals(model.apply("demoLoginsRefused")),
				navigation, unread,
				(unread != null && unread > 0)
						? this.messages.getMessage("notification.unreadCount", new Object[] { unread }, locale) : null,
				(me != null) ? me.name() : null, (me != null) ? me.organisationName() : null,
				(notice != null) ? this.messages.getMessage(notice, null, "??" + notice + "_" + locale + "??", locale)
						: null,
				(model.apply("focusId") instanceof String focusId) ? focusId : null,
				(me != null) ? CsrfField.current() : null);
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
			var layout = view(this.title, RequestContextUtils.getLocale(request), model::get);
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

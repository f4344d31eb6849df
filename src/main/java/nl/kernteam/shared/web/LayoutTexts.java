package nl.kernteam.shared.web;

import java.util.Locale;

import jakarta.servlet.ServletContext;
import nl.kernteam.shared.PerLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The layout's fixed texts and links, made once per language (issue 19): every page
 * renders them, and a message lookup per text per page view would cost. {@link Layouts}
 * asks for them by the request's locale, which also works on an error page (an exception
 * handler's model has no advice attributes). Links are the context path plus the path:
 * Kernteam keeps Boot's resource URL encoding off ({@link WebConfiguration}), so
 * {@code @{...}} would give the same. Kept per language ({@link PerLanguage}), so
 * {@code ?lang=} cannot grow the cache.
 */
@Component
public class LayoutTexts {

	private final MessageSource messages;

	private final String contextPath;

	private final PerLanguage<Texts> made = new PerLanguage<>(this::make);

	LayoutTexts(MessageSource messages, ServletContext servletContext) {
		this.messages = messages;
		this.contextPath = servletContext.getContextPath();
	}

	public Texts of(Locale locale) {
		return made.of(locale);
	}

	/** A context-relative path as a link, as {@code @{path}} makes it. */
	String href(String path) {
		return contextPath + path;
	}

	private Texts make(Locale locale) {
		String appName = messages.getMessage("app.name", null, locale);
		return new Texts(appName, " · " + appName, message("layout.unsaved", locale), message("layout.draft", locale),
				message("layout.draft.restore", locale), message("layout.draft.discard", locale),
				message("layout.skipToContent", locale), message("layout.demo", locale),
				message("layout.demo.refused", locale), message("layout.nav.label", locale),
				message("layout.logout", locale), message("layout.footer", locale), href("/css/kernteam.css"),
				href("/css/print.css"), href("/webjars/htmx.org/dist/htmx.min.js"), href("/js/kernteam.js"), href("/"),
				href("/logout"));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * @param titleSuffix what follows a page's title in {@code <title>}
	 */
	public record Texts(String appName, String titleSuffix, String unsaved, String draft, String draftRestore,
			String draftDiscard, String skipToContent, String demo, String demoRefused, String navLabel, String logout,
			String footer, String css, String printCss, String htmx, String script, String home, String logoutHref) {
	}

}

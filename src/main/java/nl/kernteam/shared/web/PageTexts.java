package nl.kernteam.shared.web;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import nl.kernteam.shared.DisplayDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The texts, dates and links of one page view, for the view records that sections build
 * in Java instead of in their templates (issue 19): messages in the request's locale (a
 * missing one shown as Thymeleaf shows it), dates in that locale and Amsterdam time,
 * links with the context path in front.
 *
 * @param contextPath the application's context path, empty at the root
 */
public record PageTexts(MessageSource messages, Locale locale, String contextPath) {

	/** The current request's locale and context path (none outside a request). */
	public static PageTexts current(MessageSource messages) {
		return new PageTexts(messages, LocaleContextHolder.getLocale(), currentContextPath());
	}

	/** The current request's context path, empty at the root or outside a request. */
	public static String currentContextPath() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
	}

	/** A message, or as Thymeleaf shows a missing one. */
	public String text(String key, Object... args) {
		// the stand-in only when the text is missing, not built for every text found
		String text = messages.getMessage(key, args, null, locale);
		return (text != null) ? text : "??" + key + "_" + locale + "??";
	}

	/**
	 * A date or instant in the pattern, in the locale and Amsterdam time; null stays
	 * null.
	 */
	public String date(TemporalAccessor date, String pattern) {
		return date == null ? null : DisplayDates.of(pattern, locale).format(date);
	}

	/** A link inside the application: the context path before the path. */
	public String href(String path) {
		return contextPath + path;
	}

}

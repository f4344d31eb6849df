package nl.kernteam.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Date formats for pages, made once (issue 19): {@link DateTimeFormatter#ofPattern}
 * parses its pattern on every call, and view builders run on every page view. A formatter
 * shows an instant in Amsterdam time. Only the locales Kernteam has texts for (Dutch,
 * English) are kept, so a locale chosen with {@code ?lang=} cannot grow the cache.
 */
public final class DisplayDates {

	private static final Map<String, DateTimeFormatter> MADE = new ConcurrentHashMap<>();

	private DisplayDates() {
	}

	/** The pattern in the locale, with instants in Amsterdam time. */
	public static DateTimeFormatter of(String pattern, Locale locale) {
		String language = locale.getLanguage();
		if (!"nl".equals(language) && !"en".equals(language)) {
			return make(pattern, locale);
		}
		// by language alone: a country or variant (?lang=nl_NL_x) would make a new entry
		return MADE.computeIfAbsent(pattern + '|' + language, (key) -> make(pattern, new Locale(language)));
	}

	private static DateTimeFormatter make(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(AmsterdamTime.ZONE);
	}

}

package nl.kernteam.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Date formats for pages, made once (issue 19): {@link DateTimeFormatter#ofPattern}
 * parses its pattern on every call, and view builders run on every page view. A formatter
 * shows an instant in Amsterdam time. Kept per language as {@link PerLanguage} keeps it,
 * so a locale chosen with {@code ?lang=} cannot grow the cache.
 */
public final class DisplayDates {

	/** By pattern (the code's own, a few), then by language ({@link PerLanguage}). */
	private static final Map<String, PerLanguage<DateTimeFormatter>> MADE = new ConcurrentHashMap<>();

	private DisplayDates() {
	}

	/** The pattern in the locale, with instants in Amsterdam time. */
	public static DateTimeFormatter of(String pattern, Locale locale) {
		return MADE.computeIfAbsent(pattern, (p) -> new PerLanguage<>((language) -> make(p, language))).of(locale);
	}

	private static DateTimeFormatter make(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(AmsterdamTime.ZONE);
	}

}

package nl.kernteam.shared;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a page keeps made per language (texts, date formats; issue 19), so that it is not
 * made again on every page view: Dutch and English, the languages Kernteam has texts for,
 * kept by language alone. A country or variant ({@code ?lang=nl_NL_x}) is the same
 * language, and any other language is made each time and not kept, so that a locale
 * chosen with {@code ?lang=} cannot grow the cache.
 *
 * @param <T> what is made
 */
public final class PerLanguage<T> {

	private final Map<String, T> kept = new ConcurrentHashMap<>();

	private final Function<Locale, T> make;

	/**
	 * @param make makes it for a locale (for a kept one: the bare language)
	 */
	public PerLanguage(Function<Locale, T> make) {
		this.make = make;
	}

	/** What was made for the locale's language. */
	public T of(Locale locale) {
		String language = locale.getLanguage();
		if (!"nl".equals(language) && !"en".equals(language)) {
			return this.make.apply(locale);
		}
		T made = this.kept.get(language);
		return (made != null) ? made : this.kept.computeIfAbsent(language, (bare) -> this.make.apply(new Locale(bare)));
	}

}

package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Dutch and English are made once each, by language alone; a country, a variant or
 * another language chosen with {@code ?lang=} cannot grow what is kept.
 */
class PerLanguageTests {

	final List<Locale> made = new ArrayList<>();

	final PerLanguage<String> texts = new PerLanguage<>((locale) -> {
		made.add(locale);
		return "made for " + locale;
	});

	@Test
	void aCountryOrVariantIsItsLanguageMadeOnce() {
		String dutch = texts.of(new Locale("nl"));
		assertThat(texts.of(new Locale("nl", "NL"))).isSameAs(dutch);
		assertThat(texts.of(new Locale("nl", "BE", "x1"))).isSameAs(dutch);
		texts.of(new Locale("en", "GB", "y"));
		texts.of(Locale.ENGLISH);
		assertThat(made).containsExactly(new Locale("nl"), Locale.ENGLISH);
	}

	@Test
	void anotherLanguageIsMadeEachTimeAndNotKept() {
		texts.of(new Locale("qq"));
		texts.of(new Locale("qq"));
		texts.of(new Locale("qq", "ZZ"));
		assertThat(made).hasSize(3);
		assertThat(texts.of(new Locale("nl"))).isEqualTo("made for nl");
	}

}

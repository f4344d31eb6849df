package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * A page's fixed texts are kept per language, Dutch and English only: a locale chosen
 * with {@code ?lang=} (any country, any variant, any language) cannot grow the cache.
 */
class FixedTextsTests {

	final StaticMessageSource messages = new StaticMessageSource();

	final FixedTexts texts = new FixedTexts(messages);

	FixedTextsTests() {
		messages.addMessage("plan.print", new Locale("nl"), "Afdrukken");
		messages.addMessage("plan.print", Locale.ENGLISH, "Print");
	}

	@Test
	void aCountryOrVariantSharesItsLanguagesTexts() {
		var dutch = texts.of(new Locale("nl"));
		assertThat(texts.of(new Locale("nl", "NL"))).isSameAs(dutch);
		assertThat(texts.of(new Locale("nl", "BE", "x1"))).isSameAs(dutch);
		assertThat(dutch.text("plan.print")).isEqualTo("Afdrukken");
		assertThat(texts.of(new Locale("en", "GB", "y")).text("plan.print")).isEqualTo("Print");
	}

	@Test
	void anotherLanguageIsMadeEachTimeNotKept() {
		assertThat(texts.of(new Locale("qq"))).isNotSameAs(texts.of(new Locale("qq")));
	}

	@Test
	void aMissingTextShowsAsThymeleafShowsOne() {
		assertThat(texts.of(new Locale("nl")).text("plan.nothing")).isEqualTo("??plan.nothing_nl??");
	}

}

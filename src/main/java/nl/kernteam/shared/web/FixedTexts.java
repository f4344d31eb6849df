package nl.kernteam.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.kernteam.shared.PerLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts without arguments of a page made in jte (labels, headings, buttons), each
 * looked up once per language and then kept (issue 19: a page of many forms asked the
 * message source for a hundred texts per view). A missing text shows as Thymeleaf shows
 * one. {@code MessagesTests} checks that every key a jte template names with
 * {@code t.text("...")} exists.
 */
@Component
public class FixedTexts {

	private final MessageSource messages;

	private final PerLanguage<Of> byLanguage = new PerLanguage<>(Of::new);

	FixedTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The texts in one language, kept for Dutch and English ({@link PerLanguage}). */
	public Of of(Locale locale) {
		return this.byLanguage.of(locale);
	}

	/** The texts in one language, by key. */
	public final class Of {

		private final Locale locale;

		private final Map<String, String> texts = new ConcurrentHashMap<>();

		private Of(Locale locale) {
			this.locale = locale;
		}

		/** The text of a key, as the message bundles have it in this language. */
		public String text(String key) {
			String text = this.texts.get(key);
			if (text == null) {
				text = this.texts.computeIfAbsent(key, (missing) -> {
					String found = FixedTexts.this.messages.getMessage(missing, null, null, this.locale);
					return (found != null) ? found : "??" + missing + "_" + this.locale + "??";
				});
			}
			return text;
		}

	}

}

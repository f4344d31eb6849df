package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * A refused field as a jte template shows it: what was sent and its errors in the
 * request's language, and a textarea's leading line break kept as Thymeleaf kept it.
 */
class FormFieldTests {

	public static class Answer {

		private final String text;

		Answer(String text) {
			this.text = text;
		}

		public String getText() {
			return this.text;
		}

	}

	@Test
	void aRefusedFieldKeepsWhatWasSentAndItsErrors() {
		var messages = new StaticMessageSource();
		messages.addMessage("answer.empty", Locale.forLanguageTag("nl"), "Schrijf eerst een antwoord.");
		var result = new BeanPropertyBindingResult(new Answer("  <b>"), "answer");
		result.rejectValue("text", "answer.empty");
		result.reject("answer.empty");

		var field = FormField.of(result, "text", messages, Locale.forLanguageTag("nl"));

		assertThat(field.value()).isEqualTo("  <b>");
		assertThat(field.errors()).containsExactly("Schrijf eerst een antwoord.");
		assertThat(field.invalid()).isTrue();
		assertThat(FormField.messages(result.getGlobalErrors(), messages, Locale.forLanguageTag("nl")))
			.containsExactly("Schrijf eerst een antwoord.");
	}

	@Test
	void aFreshFieldIsValidAndNeverNull() {
		assertThat(FormField.of((String) null)).isEqualTo(new FormField("", java.util.List.of()));
		assertThat(FormField.of("tekst").invalid()).isFalse();
	}

	@Test
	void aTextareaValueStartingWithALineBreakGetsOneMoreWhichTheBrowserDrops() {
		assertThat(FormField.of("\nregel").forTextarea().value()).isEqualTo("\n\nregel");
		assertThat(FormField.of("\r\nregel").forTextarea().value()).isEqualTo("\r\n\r\nregel");
		assertThat(FormField.of("\rregel").forTextarea().value()).isEqualTo("\r\rregel");
		assertThat(FormField.of("regel\n").forTextarea().value()).isEqualTo("regel\n");
	}

}

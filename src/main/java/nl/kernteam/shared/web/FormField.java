package nl.kernteam.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * A form field as a jte template shows it ({@link Fragments}): its value and its errors'
 * messages, as Thymeleaf's {@code th:field} and {@code th:errors} showed them. The
 * template {@code shared/web/field-error.jte} writes the errors next to the field.
 *
 * @param value the value as shown, never {@code null}
 * @param errors the messages of the field's errors, empty when it has none
 */
public record FormField(String value, List<String> errors) {

	/** A fresh field with the given value ({@code null}: empty). */
	public static FormField of(String value) {
		return new FormField((value != null) ? value : "", List.of());
	}

	/**
	 * The field as a refused form sent it: the value that was typed (even one that could
	 * not be read) and its errors in the given language.
	 */
	public static FormField of(BindingResult result, String name, MessageSource messages, Locale locale) {
		return new FormField(ObjectUtils.getDisplayString(result.getFieldValue(name)),
				messages(result.getFieldErrors(name), messages, locale));
	}

	/** The errors' messages in the given language. */
	public static List<String> messages(List<? extends ObjectError> errors, MessageSource messages, Locale locale) {
		return errors.stream().map(error -> messages.getMessage(error, locale)).toList();
	}

	public boolean invalid() {
		return !this.errors.isEmpty();
	}

	/**
	 * The value for inside a {@code <textarea>}: as Thymeleaf's, a value that starts with
	 * a line break gets one more, which the browser drops, so that none is lost.
	 */
	public FormField forTextarea() {
		for (String lineBreak : List.of("\r\n", "\n", "\r")) {
			if (this.value.startsWith(lineBreak)) {
				return new FormField(lineBreak + this.value, this.errors);
			}
		}
		return this;
	}

}

package nl.kernteam.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a refused command (our own rule, or Bean Validation on a service method) into texts per form field, for
 * the one form not yet bound to a record (the contact note, shared by two pages); every other form uses {@link Forms}.
 */
@Component
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Field name (as the command names it) to message text; a problem without field under {@code ""}. */
	public Map<String, String> of(RuntimeException e) {
		var errors = new LinkedHashMap<String, String>();
		if (e instanceof InvalidInputException invalid) {
			invalid.problems().forEach(p -> errors.putIfAbsent(p.field() == null ? "" : p.field(),
					messages.getMessage(p.messageKey(), null, p.messageKey(), LocaleContextHolder.getLocale())));
		}
		else if (e instanceof ConstraintViolationException violations) {
			for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
				errors.putIfAbsent(Forms.field(violation.getPropertyPath()), violation.getMessage());
			}
		}
		else {
			throw e;
		}
		return errors;
	}
}

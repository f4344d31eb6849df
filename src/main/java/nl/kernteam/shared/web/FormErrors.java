package nl.kernteam.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a refused command (our own rule, or Bean Validation on a service method) into texts per form field,
 * for pages that show each message next to its field.
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
				errors.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage());
			}
		}
		else {
			throw e;
		}
		return errors;
	}

	/** A message key in the reader's language. */
	public String text(String messageKey) {
		return messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale());
	}

	/** The property path without the method and parameter it starts with: {@code members[0].bsn}. */
	public static String field(Path path) {
		var field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
					|| node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
				continue;
			}
			if (node.getIndex() != null && !field.isEmpty()) {
				field.append('[').append(node.getIndex()).append(']');
			}
			if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(node.getName());
			}
		}
		return field.toString();
	}
}

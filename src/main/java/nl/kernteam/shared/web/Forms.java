package nl.kernteam.shared.web;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page handles a form: the form is a record (or bean) bound with
 * {@code @Valid} and a {@link BindingResult}; {@link #submit} runs the command only when
 * the form bound cleanly, and when the domain refuses it ({@link InvalidInputException},
 * or Bean Validation on the service method) puts each problem on the form's field and
 * shows the form again. A {@link ConflictException} (someone saved first) is shown above
 * the form with status 409; nothing typed is lost.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * @param form the form's binding result
	 * @param command runs the change and answers where to go next (usually a redirect)
	 * @param showForm shows the form again, with the errors on {@code form}
	 * @param <T> what the handler answers: a view name, or a {@code ModelAndView} for a
	 * page made in jte
	 */
	public static <T> T submit(BindingResult form, Supplier<T> command, Supplier<T> showForm) {
		return submit(form, command, showForm, conflict -> {
			form.reject(conflict.getMessage());
			conflictStatus();
			return showForm.get();
		});
	}

	/**
	 * As {@link #submit(BindingResult, Supplier, Supplier)}, for a page that answers a
	 * conflict its own way.
	 */
	public static <T> T submit(BindingResult form, Supplier<T> command, Supplier<T> showForm,
			Function<ConflictException, T> onConflict) {
		if (form.hasErrors()) {
			return showForm.get();
		}
		try {
			return command.get();
		}
		catch (InvalidInputException | ConstraintViolationException refused) {
			reject(refused, form);
			return showForm.get();
		}
		catch (ConflictException conflict) {
			return onConflict.apply(conflict);
		}
	}

	/**
	 * Puts a refused command's problems on the form's fields, by the field name the
	 * command gives; a problem without a field, with one the form does not have, or with
	 * a whole list ({@code members}) goes above the form.
	 */
	public static void reject(RuntimeException refused, BindingResult form) {
		if (refused instanceof InvalidInputException invalid) {
			for (var problem : invalid.problems()) {
				if (hasField(form, problem.field())) {
					form.rejectValue(problem.field(), problem.messageKey());
				}
				else {
					form.reject(problem.messageKey());
				}
			}
		}
		else if (refused instanceof ConstraintViolationException violations) {
			for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
				String field = field(violation.getPropertyPath(), true);
				if (hasField(form, field)) {
					// the value as it is (a date, not its text), as rejectValue keeps it:
					// the page formats it again when it shows the field
					form.addError(new FieldError(form.getObjectName(), field, form.getRawFieldValue(field), false, null,
							null, violation.getMessage()));
				}
				else {
					form.addError(new ObjectError(form.getObjectName(), violation.getMessage()));
				}
			}
		}
		else {
			throw refused;
		}
	}

	/**
	 * For a form in a list that answers with a redirect either way: keeps the form and
	 * its errors for the page redirected to, which shows them next to the fields of the
	 * row they belong to.
	 */
	public static String redirectWithErrors(RedirectAttributes redirect, String name, Object form, BindingResult result,
			String to) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return "redirect:" + to;
	}

	/**
	 * Sets 409 on the page being answered: the form is shown again because someone else
	 * saved first.
	 */
	public static void conflictStatus() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getResponse() != null) {
			request.getResponse().setStatus(HttpServletResponse.SC_CONFLICT);
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		if (field == null || field.isBlank()) {
			return false;
		}
		try {
			form.getFieldValue(field);
			Class<?> type = form.getFieldType(field);
			return type == null || !(Collection.class.isAssignableFrom(type) || type.isArray())
					|| isListOfValues(form, field);
		}
		catch (NotReadablePropertyException notOnThisForm) {
			return false;
		}
	}

	/**
	 * A list of plain values (a group of checkboxes) is one field; a list of nested forms
	 * ({@code members}) is not.
	 */
	private static boolean isListOfValues(BindingResult form, String field) {
		Object target = form.getTarget();
		var declared = target == null ? null : ReflectionUtils.findField(target.getClass(), field);
		if (declared == null) {
			return false;
		}
		Class<?> element = ResolvableType.forField(declared).asCollection().resolveGeneric(0);
		return element != null && BeanUtils.isSimpleValueType(element);
	}

	/**
	 * The property path without the method and parameter it starts with:
	 * {@code members[0].bsn}.
	 */
	public static String field(Path path) {
		return field(path, false);
	}

	/**
	 * As {@link #field(Path)}; a service method's plain parameter by its own name
	 * ({@code reason}) if asked.
	 */
	private static String field(Path path, boolean parameterName) {
		var field = new StringBuilder();
		String parameter = null;
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PARAMETER) {
				parameter = node.getName();
				continue;
			}
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
					|| node.getKind() == ElementKind.RETURN_VALUE) {
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
		return field.isEmpty() && parameter != null && parameterName ? parameter : field.toString();
	}

}

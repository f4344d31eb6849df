package nl.kernteam.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * One form of a page made in jte, as Thymeleaf's {@code th:object} with {@code th:field}
 * and {@code th:errors} showed it: when it is the form being answered after a refusal,
 * every field as it was sent (even a value that could not be read) with its errors, and
 * the errors that belong to no field; otherwise each field's fresh value.
 *
 * @param action where the form is sent, the context path in front
 * @param open whether it is the form being answered (shown open)
 * @param globalErrors the messages of the errors that belong to no one field
 * @param fields the fields by name
 */
public record BoundForm(String action, boolean open, List<String> globalErrors, Map<String, FormField> fields) {

	/**
	 * One form of a page of many, its binding result taken from the page's model.
	 * @param path where the form is sent, inside the application
	 * @param model the page's model, which holds the binding result of a form that was
	 * sent ({@link BindingResult#MODEL_KEY_PREFIX} + {@code name})
	 * @param name the form's model name
	 * @param answered whether this is the form being answered; a page of the same form
	 * per row answers one row only
	 * @param fresh the fields' names, each followed by its value when the form is not
	 * being answered
	 */
	public static BoundForm of(PageTexts page, String path, Model model, String name, boolean answered,
			String... fresh) {
		var result = answered && model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult r
				? r : null;
		return of(page, path, answered, result, fresh);
	}

	/**
	 * A form with the binding result of its refused answer, or {@code null} for a fresh
	 * one; in the page's language.
	 * @param fresh the fields' names, each followed by its value when there is no result
	 */
	public static BoundForm of(PageTexts page, String path, boolean open, BindingResult result, String... fresh) {
		var fields = new LinkedHashMap<String, FormField>();
		for (int i = 0; i < fresh.length; i += 2) {
			fields.put(fresh[i], (result != null) ? FormField.of(result, fresh[i], page.messages(), page.locale())
					: FormField.of(fresh[i + 1]));
		}
		return new BoundForm(
				page.href(path), open, (result != null)
						? FormField.messages(result.getGlobalErrors(), page.messages(), page.locale()) : List.of(),
				fields);
	}

	/** A field by name; one the form does not have is empty. */
	public FormField field(String name) {
		FormField field = this.fields.get(name);
		return (field != null) ? field : FormField.of(null);
	}

	/** A field's value as shown, or {@code fallback} when it is empty. */
	public String valueOr(String name, String fallback) {
		String value = value(name);
		return value.isEmpty() ? fallback : value;
	}

	/** A field's value as shown, never {@code null}. */
	public String value(String name) {
		return field(name).value();
	}

	/**
	 * The {@code aria-describedby} of a field: its error's id when it has errors,
	 * {@code null} (no attribute) otherwise.
	 */
	public String describedBy(String name, String errorId) {
		return field(name).invalid() ? errorId : null;
	}

	/** The class of a field's wrapper: {@code form-field}, marked when invalid. */
	public String fieldClass(String name) {
		return field(name).invalid() ? "form-field form-field--invalid" : "form-field";
	}

}

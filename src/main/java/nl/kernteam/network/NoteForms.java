package nl.kernteam.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FormField;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The note form's HTML ({@code network/note-form.jte}), the one form on the household
 * page and the timeline page (issue 19). It shows what Thymeleaf's {@code th:field}
 * showed: with a binding result (a refused note), every value as the result holds it,
 * what was typed for a value that could not be read, and each field's errors next to it;
 * without one, the form's own values.
 */
@Component
class NoteForms {

	private final NoteFormTexts texts;

	private final MessageSource messages;

	NoteForms(NoteFormTexts texts, MessageSource messages) {
		this.texts = texts;
		this.messages = messages;
	}

	/**
	 * @param form the form's values, used when there is no {@code result}
	 * @param result the form's binding result after a refused note; {@code null} for a
	 * fresh form
	 * @param people who may have been present; empty to leave the question out
	 * @param returnTo {@code household} or {@code timeline}
	 */
	String html(UUID householdId, TimelineController.NoteForm form, BindingResult result, List<NoteAudience> audiences,
			List<String> people, String returnTo) {
		return Fragments.render("network/note-form.jte", view(householdId, form, result, audiences, people, returnTo));
	}

	NoteFormView view(UUID householdId, TimelineController.NoteForm form, BindingResult result,
			List<NoteAudience> audiences, List<String> people, String returnTo) {
		Locale locale = LocaleContextHolder.getLocale();
		var page = PageTexts.current(messages);
		var nt = texts.of(locale);
		var values = new Values(form, result, locale);
		String household = "/households/" + householdId;
		var summary = result != null && result.hasErrors() ? new NoteFormView.Summary(page.text("form.hasErrors"),
				FormField.messages(result.getGlobalErrors(), messages, locale)) : null;
		var kind = values.field("kind", f -> name(f.kind()));
		var audience = values.field("audience", f -> name(f.audience()));
		var present = values.present();
		return new NoteFormView(page.href(household + "/notes"), page.href(household + "/drafts"),
				"note:" + householdId, CsrfField.current(), summary,
				values.field("submissionId", f -> f.submissionId() == null ? null : f.submissionId().toString())
					.value(),
				returnTo, nt, kind,
				nt.kinds()
					.stream()
					.map(k -> new NoteFormView.Choice(null, k.value().name(), k.text(),
							k.value().name().equals(kind.value())))
					.toList(),
				values.field("occurredOn", f -> f.occurredOn() == null ? null : f.occurredOn().toString()),
				values.field("present", f -> null), choices(people, present, returnTo),
				values.field("others", TimelineController.NoteForm::others),
				values.field("text", TimelineController.NoteForm::text).forTextarea(), audience,
				audiences.stream()
					.map(a -> new NoteFormView.Choice("audience-" + returnTo + "-" + a, a.name(), nt.audienceLabel(a),
							a.name().equals(audience.value())))
					.toList());
	}

	private static List<NoteFormView.Choice> choices(List<String> people, Collection<String> present, String returnTo) {
		var choices = new ArrayList<NoteFormView.Choice>();
		for (int i = 0; i < people.size(); i++) {
			String person = people.get(i);
			choices.add(
					new NoteFormView.Choice("present-" + returnTo + "-" + i, person, person, present.contains(person)));
		}
		return choices;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** The values and errors of one showing of the form. */
	private final class Values {

		private final TimelineController.NoteForm form;

		private final BindingResult result;

		private final Locale locale;

		Values(TimelineController.NoteForm form, BindingResult result, Locale locale) {
			this.form = form;
			this.result = result;
			this.locale = locale;
		}

		FormField field(String name, Function<TimelineController.NoteForm, String> own) {
			return (result == null) ? FormField.of(own.apply(form)) : FormField.of(result, name, messages, locale);
		}

		/** The names ticked as present. */
		Collection<String> present() {
			Object value = result == null ? form.present() : result.getRawFieldValue("present");
			if (value == null && result != null) {
				value = result.getFieldValue("present");
			}
			if (value instanceof Collection<?> many) {
				return many.stream().map(String::valueOf).toList();
			}
			if (value instanceof Object[] many) {
				return List.of(many).stream().map(String::valueOf).toList();
			}
			return value == null ? List.of() : List.of(String.valueOf(value));
		}

	}

}

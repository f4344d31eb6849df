package nl.kernteam.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.web.BoundForm;
import nl.kernteam.shared.web.CsrfField;
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
		var page = PageTexts.current(messages);
		var nt = texts.of(page.locale());
		String household = "/households/" + householdId;
		// with a binding result (a refused note) every value as the result holds it, else
		// the form's own
		var values = BoundForm.of(page, household + "/notes", false, result, "submissionId",
				form.submissionId() == null ? null : form.submissionId().toString(), "kind", name(form.kind()),
				"occurredOn", form.occurredOn() == null ? null : form.occurredOn().toString(), "present", null,
				"others", form.others(), "text", form.text(), "audience", name(form.audience()));
		var summary = result != null && result.hasErrors()
				? new NoteFormView.Summary(page.text("form.hasErrors"), values.globalErrors()) : null;
		var kind = values.field("kind");
		var audience = values.field("audience");
		var present = present(form, result);
		return new NoteFormView(values.action(), page.href(household + "/drafts"), "note:" + householdId,
				CsrfField.current(), summary, values.value("submissionId"), returnTo, nt, kind,
				nt.kinds()
					.stream()
					.map(k -> new NoteFormView.Choice(null, k.value().name(), k.text(),
							k.value().name().equals(kind.value())))
					.toList(),
				values.field("occurredOn"), values.field("present"), choices(people, present, returnTo),
				values.field("others"), values.field("text").forTextarea(), audience,
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

	/** The names ticked as present: as the refused note sent them, else the form's. */
	private static Collection<String> present(TimelineController.NoteForm form, BindingResult result) {
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

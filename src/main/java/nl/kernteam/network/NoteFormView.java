package nl.kernteam.network;

import java.util.List;

import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FormField;

/**
 * The note form as it shows, on the household page and the timeline page (issue 19): made
 * by {@link NoteForms} from the form, its errors and {@link NoteFormTexts}, so that
 * {@code network/note-form.jte} only places it. Values and errors are those Thymeleaf's
 * {@code th:field} and {@code th:errors} showed: what was sent when the note was refused.
 *
 * @param csrf the CSRF field; {@code null} where there is none
 * @param summary above the form when anything needs fixing; {@code null} otherwise
 * @param returnTo the page the form returns to; the fields' ids end in it
 * @param people who may have been present, with {@code present}'s choices; empty on the
 * household page
 */
record NoteFormView(String action, String draftHref, String draftItem, CsrfField csrf, Summary summary,
		String submissionId, String returnTo, NoteFormTexts.Texts texts, FormField kind, List<Choice> kinds,
		FormField occurredOn, FormField present, List<Choice> people, FormField others, FormField text,
		FormField audience, List<Choice> audiences) {

	/**
	 * "Check the fields", and the problems that belong to no one field.
	 */
	record Summary(String text, List<String> errors) {
	}

	/**
	 * One choice of a select, radio group or checkbox group.
	 *
	 * @param id the input's id; unused for a select's option
	 */
	record Choice(String id, String value, String text, boolean selected) {
	}

}

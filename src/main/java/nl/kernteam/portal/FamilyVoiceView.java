package nl.kernteam.portal;

import java.util.List;

import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FormField;

/**
 * What the family wrote as itself, on the household page as it shows (issue 19): every
 * text and date made once in Java, so that {@code portal/section.jte} only places them.
 *
 * @param answerAction where the answer form posts; {@code null} for no form (emergency
 * access only reads)
 * @param answer the answer form's field as it was sent back with its errors, or empty
 * @param csrf the answer form's CSRF field, {@code null} without one
 */
record FamilyVoiceView(Texts texts, List<Message> messages, List<Heard> heard, String answerAction, AnswerField answer,
		CsrfField csrf) {

	/** The section's fixed texts: headings, what shows when empty, the form's words. */
	record Texts(String title, String messages, String noMessages, String answerLabel, String send, String heard,
			String noHeard) {
	}

	/**
	 * A message: who wrote it, whether from the family or an answer, when (as the
	 * datetime attribute and as shown), and its text.
	 */
	record Message(String author, String from, String at, String time, String text) {
	}

	/** How heard someone felt after a meeting, and their words (null without). */
	record Heard(String score, String words) {
	}

	/**
	 * The answer's field after a refused answer (redirected back to the household page
	 * with the form and its errors,
	 * {@link nl.kernteam.shared.web.Forms#redirectWithErrors}): what was typed, the
	 * problems with the field (shown next to it) and those with the answer as a whole
	 * (above the form); empty on a page not redirected so.
	 */
	record AnswerField(FormField field, List<String> problems) {

		static final AnswerField EMPTY = new AnswerField(FormField.of(""), List.of());

	}

}

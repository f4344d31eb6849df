package nl.kernteam.portal;

import java.util.List;

/**
 * What the family wrote as itself, on the household page as it shows (issue 19): every
 * text and date made once in Java, so that its template only places them.
 *
 * @param answerAction where the answer form posts
 */
record FamilyVoiceView(List<Message> messages, List<Heard> heard, String answerAction) {

	/**
	 * A message: who wrote it, whether from the family or an answer, when (as the
	 * datetime attribute and as shown), and its text.
	 */
	record Message(String author, String from, String at, String time, String text) {
	}

	/** How heard someone felt after a meeting, and their words (null without). */
	record Heard(String score, String words) {
	}

}

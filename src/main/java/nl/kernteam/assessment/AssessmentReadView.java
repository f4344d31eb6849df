package nl.kernteam.assessment;

import java.util.List;

import nl.kernteam.shared.web.FixedTexts;

/**
 * The assessment's read page as it is shown, computed once in Java (issue 19): every
 * text, date and link is ready, so the template only places them. Texts are plain and
 * escaped by the template.
 *
 * @param unsafe the judgement's acute or structural unsafety in words ("Acute
 * onveiligheid"), {@code null} when it is not unsafe (then the meldcode box is left out)
 * @param expertiseHref the way to ask the regional safety team for expertise,
 * {@code null} when the reader may not (or nothing is unsafe)
 * @param editHref "Alles bewerken", {@code null} when read-only
 * @param t the page's texts without arguments, as the template names them
 */
record AssessmentReadView(String heading, String meta, String backHref, String allHref, String historyHref,
		String editHref, boolean readOnly, boolean unsaved, String unsafe, String meldcodeHref, String expertiseHref,
		String date, List<PartView> parts, Judgement judgement, FixedTexts.Of t) {

	/**
	 * One part of the document.
	 *
	 * @param kind the part's name ({@link Part}), for the template's switch
	 * @param editHref its "Bewerken", {@code null} when read-only
	 * @param lines its rows; empty shows "Nog niets ingevuld"
	 * @param explanation its explanation for the family, {@code null} when there is none
	 */
	record PartView(String kind, String label, String editHref, String editLabel, List<Line> lines,
			String explanation) {

		public String id() {
			return "part-" + kind;
		}

		public String headingId() {
			return "part-" + kind + "-heading";
		}

	}

	/**
	 * One row of a part; which fields a part uses is up to it: the views use title (the
	 * participant) and text (their view); facts text and note (the source); worries,
	 * strengths and next steps badge (the kind), text, note (who, when) and extra (the
	 * explanation); danger statements text, note (the safety goal) and extra; scores
	 * title, text and note; key decisions title (the decision), badge (the kind), text
	 * (the rationale), note (the challenge) and extra (the family's position). A field
	 * not shown is {@code null}.
	 */
	record Line(String badge, String title, String text, String note, String extra) {
	}

	/**
	 * The judgement part beside its rows.
	 *
	 * @param safety the judgement in words, or "Nog geen oordeel"
	 */
	record Judgement(String safety, String rationale, String analysis, List<FamilyView> familyViews) {
	}

	/**
	 * A family member's own view of the judgement, as shown.
	 *
	 * @param about "(over een sleutelbeslissing)", or {@code null} when about the
	 * assessment as a whole
	 * @param datetime the machine-readable moment
	 */
	record FamilyView(String author, String position, String about, String datetime, String at, String words) {
	}

}

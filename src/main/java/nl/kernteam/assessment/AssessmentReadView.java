package nl.kernteam.assessment;

import java.util.List;

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
 */
record AssessmentReadView(String heading, String meta, String backHref, String allHref, String historyHref,
		String editHref, boolean readOnly, boolean unsaved, String unsafe, String meldcodeHref, String expertiseHref,
		String date, List<PartView> parts, Judgement judgement, Texts texts) {

	/**
	 * The page's fixed texts in one language, made once per language
	 * ({@link AssessmentReadViews}).
	 */
	record Texts(String title, String empty, String back, String all, String history, String editAll, String readOnly,
			String unsaved, String unsafeHeading, String unsafeText, String unsafeMeldcode, String unsafeExpertise,
			String nav, String date, String editPart, String dangerGoal, String judgement, String rationale,
			String analysis, String familyViewsHeading, String familyViewsNone, String explanationLabel) {

		static Texts of(java.util.function.Function<String, String> text) {
			return new Texts(text.apply("assessment.title"), text.apply("assessment.read.empty"),
					text.apply("assessment.back"), text.apply("assessment.all"), text.apply("assessment.history"),
					text.apply("assessment.edit.all"), text.apply("assessment.readOnly"),
					text.apply("assessment.unsaved"), text.apply("assessment.unsafe.heading"),
					text.apply("assessment.unsafe.text"), text.apply("assessment.unsafe.meldcode"),
					text.apply("assessment.unsafe.expertise"), text.apply("assessment.nav"),
					text.apply("assessment.date"), text.apply("assessment.edit.part"),
					text.apply("assessment.danger.goal"), text.apply("assessment.list.judgement"),
					text.apply("assessment.rationale"), text.apply("assessment.analysis"),
					text.apply("assessment.familyViews.heading"), text.apply("assessment.familyViews.none"),
					text.apply("assessment.explanation.label"));
		}

	}

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

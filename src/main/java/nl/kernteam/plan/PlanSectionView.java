package nl.kernteam.plan;

/**
 * The household page's plan section as it is shown, computed once per page in Java (issue
 * 19): texts from the messages, the date formatted, the links ready, so that
 * {@code plan/section.html} only places them. A field left out of the page is
 * {@code null}.
 *
 * @param phase the phase in words, {@code null} before the plan is started
 * @param notStarted "Er is nog geen plan", {@code null} once it is started
 * @param overdue how many agreements are late, in words; {@code null} when none is
 * @param nextEvaluation the next evaluation's date in words, {@code null} without one
 * @param printHref "Afdrukken", {@code null} before the plan is started
 */
record PlanSectionView(String title, String phase, String notStarted, String familyWords, String counts, String overdue,
		String nextEvaluation, String openHref, String openText, String printHref, String printText) {
}

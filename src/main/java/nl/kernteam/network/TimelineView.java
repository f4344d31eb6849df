package nl.kernteam.network;

/**
 * One timeline entry as the page shows it (issue 19): its texts, date and link made once
 * per request by {@link TimelineViews}, so that the template only places them.
 *
 * @param cssClass the list item's classes, with the entry's kind
 * @param at the moment, as the {@code datetime} attribute
 * @param time the moment as shown, in Amsterdam
 * @param actorName who made it; none for an entry without an actor
 * @param organisationName their organisation; may be none
 * @param title the line that says what happened; none for a note (see {@code note}) or an
 * unknown kind
 * @param href where the title links to, with the context path; none for a title without a
 * link
 * @param note a contact note's parts; none for any other entry
 */
record TimelineView(String cssClass, String at, String time, String actorName, String organisationName, String title,
		String href, Note note) {

	/**
	 * A contact note's parts.
	 *
	 * @param badge the "whole network" badge; none for a note for the core team
	 * @param present who was there; none when nobody is named
	 */
	record Note(String kind, String on, String badge, String text, String present) {
	}

}

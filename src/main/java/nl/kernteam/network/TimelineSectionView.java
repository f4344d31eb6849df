package nl.kernteam.network;

import java.util.List;

/**
 * The household page's timeline section as it shows (issue 19), for
 * {@code network/timeline-section.jte}: the newest entries and the note form, every text
 * and link ready.
 *
 * @param noteForm the note form; {@code null} under emergency access (read only)
 * @param empty "nothing yet"; {@code null} when there are entries
 * @param allHref the whole timeline, with the context path
 */
record TimelineSectionView(String title, String addNote, NoteFormView noteForm, String empty,
		List<TimelineView> entries, String allHref, String allText) {
}

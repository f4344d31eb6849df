package nl.kernteam.safetyteam;

import java.util.List;

/**
 * The court orders section of the household page as it shows (issue 19): every text, date
 * and link made once in Java, so that its jte template
 * ({@code safetyteam/court-orders-section.jte}) only places them.
 *
 * @param title the section's heading
 * @param none that there is no court order, {@code null} when there are
 * @param orders the orders, running first
 * @param legalTrackHref the household's legal track
 * @param legalTrackText the words of the link to it
 */
record CourtOrderSectionView(String title, String none, List<Order> orders, String legalTrackHref,
		String legalTrackText) {

	/**
	 * An order: kind and child, until when (or that it ended), and today's warnings, each
	 * with its date and, when overdue, saying so.
	 */
	public record Order(String heading, String until, List<String> warnings) {
	}

}

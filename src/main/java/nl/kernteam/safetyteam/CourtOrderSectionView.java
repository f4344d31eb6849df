package nl.kernteam.safetyteam;

import java.util.List;

/**
 * The court orders section of the household page as it shows (issue 19): every text, date
 * and link made once in Java, so that its template only places them.
 *
 * @param orders the orders, running first
 * @param legalTrackHref the household's legal track
 */
record CourtOrderSectionView(List<Order> orders, String legalTrackHref) {

	/**
	 * An order: kind and child, until when (or that it ended), and today's warnings, each
	 * with its date and, when overdue, saying so.
	 */
	public record Order(String heading, String until, List<String> warnings) {
	}

}

package nl.kernteam.audit;

import java.util.List;

/**
 * One page of a household's access log, newest first.
 *
 * @param items the rows of this page
 * @param page the page number when the page was asked for by number (the API's older
 * way); {@code null} when it was asked for with a cursor
 * @param size the most rows a page holds
 * @param total how many rows the household's log holds, counted up to
 * {@link nl.kernteam.shared.PageOf#COUNT_CAP}
 * @param totalCapped whether there are more rows than {@code total} (the count stopped at
 * the cap)
 * @param newer cursor for the page with newer rows, {@code null} on the newest page
 * @param older cursor for the page with older rows, {@code null} on the oldest page
 */
public record AccessLogPage(List<AccessLogEntry> items, Integer page, int size, long total, boolean totalCapped,
		String newer, String older) {

	/**
	 * What to show: the newest rows, the rows just before (older than) a cursor, or just
	 * after (newer than) one; or, for API clients that page by number, the rows at
	 * {@code page * size}.
	 */
	public record Request(int size, AccessLogCursor before, AccessLogCursor after, Integer page) {

		public static final int MAX_SIZE = 100;

		public Request {
			size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
			if (page != null && page < 0) {
				page = 0;
			}
		}

		public static Request newest(int size) {
			return new Request(size, null, null, null);
		}
	}
}

package nl.kernteam.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import nl.kernteam.shared.InvalidInputException;

/**
 * A place in a household's access log: the time and id of one row, which is its position
 * in the log's order (newest first, then highest id). Pages start after or before a
 * cursor, so that reading page 200 of a much-read household costs what page 1 costs
 * (keyset paging), instead of reading and skipping every row before it. Written in links
 * as {@code <microseconds since the epoch>.<id>}; it reveals nothing the page did not
 * show already.
 */
public record AccessLogCursor(Instant at, long id) {

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private static final Pattern FORMAT = Pattern.compile("-?\\d{1,19}\\.\\d{1,19}");

	/**
	 * @param text a cursor from a link, or {@code null} or blank for none
	 * @param field the request parameter it came from, for the error
	 * @throws InvalidInputException when the text is not a cursor (400, never a 500)
	 */
	public static AccessLogCursor parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!FORMAT.matcher(text).matches()) {
			throw new InvalidInputException(field, "audit.cursor.invalid");
		}
		try {
			int dot = text.indexOf('.');
			Instant at = Instant.EPOCH.plus(Long.parseLong(text.substring(0, dot)), ChronoUnit.MICROS);
			if (at.isBefore(Instant.EPOCH) || at.isAfter(LATEST)) {
				// PostgreSQL would refuse it with a 500
				throw new InvalidInputException(field, "audit.cursor.invalid");
			}
			return new AccessLogCursor(at, Long.parseLong(text.substring(dot + 1)));
		}
		catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
			throw new InvalidInputException(field, "audit.cursor.invalid");
		}
	}

	@Override
	public String toString() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "." + id;
	}
}

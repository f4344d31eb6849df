package nl.kernteam.shared;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list, with the total so that pages can be numbered.
 *
 * @param total how many items all pages hold, or {@link #COUNT_CAP} when there are more
 * @param totalCapped whether there are more than {@code total} (in JSON only when true)
 */
public record PageOf<T>(List<T> items, int page, int size, long total,
		@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalCapped) {

	public static final int MAX_SIZE = 100;

	/**
	 * The most a list counts. A list that may grow without bound (an organisation's
	 * signals) counts up to one more than this, so that a page costs the same for 20
	 * matches and a million; it then says "more than" (docs/ARCHITECTURE.md, "Counts with
	 * a cap").
	 */
	public static final int COUNT_CAP = 10_000;

	/**
	 * What a capped count counts up to: one more than {@link #COUNT_CAP}, so that it
	 * knows there are more.
	 */
	public static final int COUNT_UP_TO = COUNT_CAP + 1;

	public PageOf(List<T> items, int page, int size, long total) {
		this(items, page, size, total, false);
	}

	/**
	 * A page from a query that counts its matches with {@code count(*) over ()} next to
	 * each row. A page past the end has no rows and so no count: then the query runs once
	 * more for the first row, so that the total stays the real number of matches, however
	 * far off the requested page lies. A total above {@link #COUNT_CAP} (a query that
	 * counts up to one more than the cap) is kept as the cap, marked as capped.
	 * @param query runs the page's query for a request, each row with the window total
	 */
	public static <T> PageOf<T> counted(Request page, Function<Request, List<Counted<T>>> query) {
		var rows = query.apply(page);
		long total;
		if (!rows.isEmpty()) {
			total = rows.get(0).total();
		}
		else if (page.page() == 0) {
			total = 0;
		}
		else {
			var first = query.apply(new Request(0, 1));
			total = first.isEmpty() ? 0 : first.get(0).total();
		}
		return new PageOf<>(rows.stream().map(Counted::item).toList(), page.page(), page.size(),
				Math.min(total, COUNT_CAP), total > COUNT_CAP);
	}

	/**
	 * A row of a page with the total of all pages, as {@code count(*) over ()} gives it.
	 */
	public record Counted<T>(T item, long total) {
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages() || totalCapped && items.size() == size;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
	}

	/** Keeps a requested page within sane bounds. */
	public record Request(int page, int size) {

		/** Far beyond any real list, and small enough that an offset never overflows. */
		public static final int MAX_PAGE = 100_000;

		public Request {
			page = Math.min(Math.max(0, page), MAX_PAGE);
			size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
		}

		public int offset() {
			return page * size;
		}
	}
}

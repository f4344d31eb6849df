package nl.kernteam.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that pages can be numbered. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 100;

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
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

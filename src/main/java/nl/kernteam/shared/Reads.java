package nl.kernteam.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

/**
 * Reads of a module's {@code *Queries} or {@code *Repository} class, each answered later
 * (a {@link Supplier}), so that the reads of several modules can go to PostgreSQL
 * together, in one round trip: a page asks every section for its reads first, and the
 * first {@code get()} sends them all ({@link ReadBatch}, issue 19: a round trip cost the
 * household page more than most of its statements). {@link ReadBatch#now} answers each
 * read at once, for a caller that reads alone.
 * <p>
 * The statements are written as with {@code JdbcClient}: named parameters, one statement
 * each, no semicolon.
 */
public interface Reads {

	/** A read of this SQL, its parameters to follow. */
	Statement sql(String sql);

	/** One read: its parameters, then how its rows are made. */
	interface Statement {

		Statement param(String name, Object value);

		/** The rows, through the extractor. */
		<T> Supplier<T> query(ResultSetExtractor<T> extractor);

		default <T> Supplier<List<T>> list(RowMapper<T> mapper) {
			return query(new RowMapperResultSetExtractor<>(mapper));
		}

		/**
		 * No row or one; more is an error, as {@code JdbcClient}'s {@code optional()}.
		 */
		default <T> Supplier<Optional<T>> optional(RowMapper<T> mapper) {
			var rows = list(mapper);
			return () -> DataAccessUtils.optionalResult(rows.get());
		}

		/** Exactly one row, as {@code JdbcClient}'s {@code single()}. */
		default <T> Supplier<T> single(RowMapper<T> mapper) {
			var rows = list(mapper);
			return () -> DataAccessUtils.requiredSingleResult(rows.get());
		}

	}

}

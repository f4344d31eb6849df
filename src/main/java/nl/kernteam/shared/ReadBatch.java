package nl.kernteam.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlParameter;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads that go to PostgreSQL together (issue 19). Reads are registered first; the first
 * {@code get()} of any of them sends every read registered so far as one prepared
 * statement of several queries, which the PostgreSQL driver sends in one round trip
 * (Parse, Bind and Execute of each, then one Sync), and reads the results in turn. A read
 * registered after that goes with the next {@code get()}. One read alone is sent as it
 * is.
 * <p>
 * The reads run in the caller's transaction, on its connection, one after the other as if
 * sent one by one, and a failing read fails the whole batch (and so the transaction, as a
 * failing read did before): each of its reads throws that failure when asked. A read must
 * answer rows (a query, not an update). Each read of a batch is marked {@value #MARK} in
 * front, the first also {@value #FIRST}, so that a statement log (and
 * {@code bench/page-sql.py}, which replays a page's SQL) can see which statements went
 * together.
 * <p>
 * Not thread-safe: one batch per request, on its thread.
 */
public final class ReadBatch implements Reads {

	/** In front of each read of a batch of two or more. */
	public static final String MARK = "/* read batch */ ";

	/**
	 * In front of the first read of a batch, after {@link #MARK}: where one batch ends
	 * and the next begins, for a replay of a statement log.
	 */
	public static final String FIRST = "/* first */ ";

	private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

	/**
	 * The joined statements by their reads' SQL; the code has a few dozen such batches.
	 */
	private static final Map<List<String>, String> JOINED = new ConcurrentHashMap<>();

	private static final int JOINED_MAX = 1_000;

	private final NamedParameterJdbcOperations jdbc;

	private final List<Read<?>> pending = new ArrayList<>();

	ReadBatch(NamedParameterJdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads answered at once, each its own round trip, for a caller that reads alone. */
	public static Reads now(JdbcClient jdbc) {
		return sql -> new Parameters(sql) {

			@Override
			public <T> Supplier<T> query(ResultSetExtractor<T> extractor) {
				T result = jdbc.sql(sql).paramSource(values).query(extractor);
				return () -> result;
			}

		};
	}

	@Override
	public Reads.Statement sql(String sql) {
		return new Parameters(sql) {

			@Override
			public <T> Supplier<T> query(ResultSetExtractor<T> extractor) {
				var read = new Read<>(ReadBatch.this, sql, values, extractor);
				pending.add(read);
				return read;
			}

		};
	}

	/** Sends every read registered and not yet sent. */
	void run() {
		if (pending.isEmpty()) {
			return;
		}
		var reads = List.copyOf(pending);
		pending.clear();
		if (reads.size() == 1) {
			reads.get(0).answerAlone(jdbc);
			return;
		}
		var declared = new ArrayList<SqlParameter>();
		var values = new ArrayList<Object>();
		boolean expands = false;
		for (var read : reads) {
			ParsedSql parsed = PARSED.computeIfAbsent(read.sql, NamedParameterUtils::parseSqlStatement);
			declared.addAll(NamedParameterUtils.buildSqlParameterList(parsed, read.params));
			values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, read.params, null)));
			expands |= expands(read.params);
		}
		String sql = (expands || JOINED.size() >= JOINED_MAX) ? joined(reads)
				: JOINED.computeIfAbsent(reads.stream().map(read -> read.sql).toList(), key -> joined(reads));
		var statement = new PreparedStatementCreatorFactory(sql, declared).newPreparedStatementCreator(values);
		try {
			jdbc.getJdbcOperations().execute(statement, (PreparedStatementCallback<Void>) ps -> {
				boolean rows = ps.execute();
				for (var read : reads) {
					if (!rows) {
						// a read answers rows; anything else would hand the next read's
						// rows to
						// this one
						throw new InvalidDataAccessApiUsageException("a read that answers no rows: " + read.sql);
					}
					try (ResultSet resultSet = ps.getResultSet()) {
						read.answer(resultSet);
					}
					rows = ps.getMoreResults();
				}
				return null;
			});
		}
		catch (RuntimeException failed) {
			// every read of the batch fails with it, also one asked for later
			reads.forEach(read -> read.fail(failed));
			throw failed;
		}
	}

	/**
	 * The batch's statement: each read's SQL with its named parameters made positional,
	 * joined. A page sends the same reads on every view, so the joined text is kept per
	 * combination of reads ({@link #JOINED}) and the same string goes to the driver each
	 * time; it hashes and compares it once in its statement cache instead of the whole
	 * text on every view (issue 19).
	 */
	private static String joined(List<Read<?>> reads) {
		var sql = new StringBuilder();
		for (var read : reads) {
			ParsedSql parsed = PARSED.computeIfAbsent(read.sql, NamedParameterUtils::parseSqlStatement);
			sql.append(sql.isEmpty() ? MARK + FIRST : ";\n" + MARK)
				.append(NamedParameterUtils.substituteNamedParameters(parsed, read.params));
		}
		return sql.toString();
	}

	/**
	 * Whether a value is a collection, which becomes one placeholder per element: the
	 * text then depends on the values and is not kept.
	 */
	private static boolean expands(MapSqlParameterSource params) {
		for (Object value : params.getValues().values()) {
			if (value instanceof SqlParameterValue wrapped) {
				value = wrapped.getValue();
			}
			if (value instanceof Iterable<?>) {
				return true;
			}
		}
		return false;
	}

	/** A read being written: its SQL and parameters so far. */
	private abstract static class Parameters implements Reads.Statement {

		final String sql;

		final MapSqlParameterSource values = new MapSqlParameterSource();

		Parameters(String sql) {
			this.sql = sql;
		}

		@Override
		public Reads.Statement param(String name, Object value) {
			values.addValue(name, value);
			return this;
		}

	}

	/** A read registered in the batch: answered when the batch has run. */
	private static final class Read<T> implements Supplier<T> {

		private final ReadBatch batch;

		final String sql;

		final MapSqlParameterSource params;

		final ResultSetExtractor<T> extractor;

		private boolean answered;

		private T result;

		private RuntimeException failure;

		Read(ReadBatch batch, String sql, MapSqlParameterSource params, ResultSetExtractor<T> extractor) {
			this.batch = batch;
			this.sql = sql;
			this.params = params;
			this.extractor = extractor;
		}

		void answer(ResultSet rows) throws SQLException {
			this.result = extractor.extractData(rows);
			this.answered = true;
		}

		void answerAlone(NamedParameterJdbcOperations jdbc) {
			try {
				this.result = jdbc.query(sql, params, extractor);
				this.answered = true;
			}
			catch (RuntimeException failed) {
				fail(failed);
				throw failed;
			}
		}

		void fail(RuntimeException failed) {
			if (!answered) {
				this.failure = failed;
			}
		}

		@Override
		public T get() {
			if (!answered && failure == null) {
				batch.run();
			}
			if (failure != null) {
				throw failure;
			}
			return result;
		}

	}

}

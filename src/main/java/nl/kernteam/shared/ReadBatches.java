package nl.kernteam.shared;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Starts a {@link ReadBatch} on the application's database, for a page that gathers the
 * reads of its sections and sends them together.
 */
@Component
public class ReadBatches {

	private final NamedParameterJdbcOperations jdbc;

	ReadBatches(NamedParameterJdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** A new, empty batch, for one page on this thread. */
	public Reads start() {
		return new ReadBatch(jdbc);
	}

}

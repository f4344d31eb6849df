package nl.kernteam.shared;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to make a client-chosen id ({@code submissionId}) safe against a double
 * submit. Two identical submits at the same moment both find no record, both insert, and
 * the second insert waits for the first transaction and then inserts nothing; without a
 * lock the second then answered "this id belongs to something else" (409) or "already
 * involved" (400). {@link #serialise} takes a transaction-scoped advisory lock on the id
 * before the caller looks for an earlier record, so the second submit waits until the
 * first has committed and then finds it and answers with it.
 */
@Component
public class Submissions {

	/**
	 * First key of the two-key advisory locks, so that these locks never meet other
	 * advisory locks.
	 */
	private static final int LOCK_SPACE = 0x5355424d; // "SUBM"

	private final JdbcClient jdbc;

	Submissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction works on a record with this id, and keeps others
	 * waiting until the caller's transaction ends. Call it before checking whether the
	 * record exists. {@code null} (Kernteam chooses the id) needs no lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void serialise(UUID id) {
		if (id == null) {
			return;
		}
		jdbc.sql("select 1 from pg_advisory_xact_lock(:space, :key)")
			.param("space", LOCK_SPACE)
			.param("key", id.hashCode())
			.query(Integer.class)
			.single();
	}

}

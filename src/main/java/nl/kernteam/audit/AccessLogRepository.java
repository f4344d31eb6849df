package nl.kernteam.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access log's SQL: its rows, its hash chain's check and its monthly partitions. Each
 * statement runs in the transaction its caller holds; {@link AccessLog} decides which one
 * that is.
 */
@Repository
class AccessLogRepository {

	private static final String VERIFY = """
			with checked as (
			    select id, at, household_id, lane, chain_seq, hash,
			           access_log_row_hash(coalesce(lag(hash) over w, decode(repeat('00', 32), 'hex')), lane, chain_seq,
			               id, at, actor_id, actor_name, organisation_id, organisation_name, household_id, action, resource,
			               outcome, emergency, basis) as expected,
			           coalesce(lag(chain_seq) over w, 0) + 1 as expected_seq,
			           row_number() over (partition by lane order by chain_seq desc) as from_end
			      from access_log
			    window w as (partition by lane order by chain_seq)
			), broken as (
			    select id, at, household_id from checked where hash is distinct from expected or chain_seq <> expected_seq
			    union all
			    select h.last_id, h.last_at, h.last_household_id
			      from access_log_chain h left join checked t on t.lane = h.lane and t.from_end = 1
			     where h.seq > 0 and (t.lane is null or t.chain_seq <> h.seq or t.hash <> h.hash)
			)
			select (select count(*) from checked) as rows,
			       (select count(*) from checked where hash = expected and chain_seq = expected_seq) as verified,
			       b.id, b.at, b.household_id
			  from (select 1) one left join lateral (select * from broken order by at, id limit 1) b on true
			""";

	private final JdbcClient jdbc;

	private final Counter granted;

	private final Counter denied;

	AccessLogRepository(JdbcClient jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.granted = writes(meters, AccessOutcome.GRANTED);
		this.denied = writes(meters, AccessOutcome.DENIED);
	}

	/**
	 * Rows written to the access log (Prometheus:
	 * {@code kernteam_access_log_writes_total}), by outcome; a row whose transaction
	 * rolls back is counted too.
	 */
	private static Counter writes(MeterRegistry meters, AccessOutcome outcome) {
		return Counter.builder("kernteam.access_log.writes")
			.description("Rows written to the access log")
			.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
			.register(meters);
	}

	private Counter counter(AccessOutcome outcome) {
		return outcome == AccessOutcome.GRANTED ? granted : denied;
	}

	/** One row, as it happened. */
	void insert(AccessEvent event, Instant at) {
		var actor = event.actor();
		jdbc.sql("""
				insert into access_log (at, actor_id, actor_name, organisation_id, organisation_name, household_id,
				                        action, resource, outcome, emergency, basis)
				values (:at, :actorId, :actorName, :organisationId, :organisationName, :household, :action, :resource,
				        :outcome, :emergency, :basis)
				""")
			.param("at", Timestamp.from(at))
			.param("actorId", actor.professionalId())
			.param("actorName", actor.name())
			.param("organisationId", actor.organisationId())
			.param("organisationName", actor.organisationName())
			.param("household", event.householdId())
			.param("action", event.action().name())
			.param("resource", event.resource())
			.param("outcome", event.outcome().name())
			.param("emergency", event.emergency())
			.param("basis", event.basis())
			.update();
		counter(event.outcome()).increment();
	}

	/**
	 * The same granted access to many households, in one statement: a row per household,
	 * naming every kind of data read or list it was in.
	 */
	void insertAll(Actor actor, Map<UUID, ? extends Collection<String>> households, AccessAction action,
			boolean emergency, String basis, Instant at) {
		if (households.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into access_log (at, actor_id, actor_name, organisation_id, organisation_name, household_id,
				                        action, resource, outcome, emergency, basis)
				select :at, :actorId, :actorName, :organisationId, :organisationName, h.household, :action, h.resource,
				       'GRANTED', :emergency, :basis
				  from unnest(cast(:households as uuid[]), cast(:resources as text[])) as h(household, resource)
				""")
			.param("at", Timestamp.from(at))
			.param("actorId", actor.professionalId())
			.param("actorName", actor.name())
			.param("organisationId", actor.organisationId())
			.param("organisationName", actor.organisationName())
			.param("households", households.keySet().stream().map(UUID::toString).toArray(String[]::new))
			.param("resources", households.values().stream().map(AccessLogRepository::joined).toArray(String[]::new))
			.param("basis", basis)
			.param("action", action.name())
			.param("emergency", emergency)
			.update();
		granted.increment(households.size());
	}

	/** The kinds of data a row names, cut at the column's 2,000 characters. */
	private static String joined(Collection<String> resources) {
		String all = String.join(",", resources);
		return all.length() <= 2000 ? all : all.substring(0, 1999) + "…";
	}

	/** A household's rows, counted up to {@code cap}. */
	long count(UUID household, int cap) {
		return jdbc.sql("select count(*) from (select 1 from access_log where household_id = :household limit :cap) x")
			.param("household", household)
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	private static final String ROWS = "select id, at, actor_name, organisation_name, action, resource, outcome, emergency, basis from access_log";

	/**
	 * Fetches one row more than the page holds, to know whether there is a page beyond
	 * it.
	 */
	List<Row> rows(UUID householdId, AccessLogPage.Request request) {
		var cursor = request.before() != null ? request.before() : request.after();
		JdbcClient.StatementSpec statement;
		if (request.before() != null) {
			// "at <= x" lets PostgreSQL skip the months after the cursor and walk the
			// index from there
			statement = jdbc.sql(ROWS + """
					 where household_id = :household and at <= :at and (at < :at or id < :id)
					 order by at desc, id desc limit :limit
					""");
		}
		else if (request.after() != null) {
			statement = jdbc.sql(ROWS + """
					 where household_id = :household and at >= :at and (at > :at or id > :id)
					 order by at, id limit :limit
					""");
		}
		else {
			// page by number only for API clients that still ask so; it reads and skips
			// the rows before the page
			statement = jdbc
				.sql(ROWS + " where household_id = :household order by at desc, id desc limit :limit offset :offset");
		}
		statement = statement.param("household", householdId).param("limit", request.size() + 1);
		if (cursor != null) {
			statement = statement.param("at", Timestamp.from(cursor.at())).param("id", cursor.id());
		}
		else {
			statement = statement.param("offset",
					(long) (request.page() == null ? 0 : request.page()) * request.size());
		}
		return statement
			.query((rs, row) -> new Row(new AccessLogCursor(rs.getTimestamp("at").toInstant(), rs.getLong("id")),
					new AccessLogEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
							rs.getString("organisation_name"), AccessAction.valueOf(rs.getString("action")),
							rs.getString("resource"), AccessOutcome.valueOf(rs.getString("outcome")),
							rs.getBoolean("emergency"), rs.getString("basis"))))
			.list();
	}

	record Row(AccessLogCursor cursor, AccessLogEntry entry) {
	}

	/** The check of the whole hash chain, in one statement (one snapshot). */
	AccessLogVerification verify() {
		return jdbc.sql(VERIFY).query((rs, row) -> {
			long id = rs.getLong("id");
			var broken = rs.wasNull() ? null : new AccessLogVerification.BrokenRow(id,
					rs.getTimestamp("at").toInstant(), rs.getObject("household_id", UUID.class));
			return new AccessLogVerification(rs.getLong("rows"), rs.getLong("verified"), broken);
		}).single();
	}

	/**
	 * Creates the missing monthly partitions from {@code first} on; returns how many it
	 * created.
	 */
	Integer ensurePartitions(LocalDate first) {
		return jdbc.sql("select access_log_ensure_partitions(:first, 5)")
			.param("first", Date.valueOf(first))
			.query(Integer.class)
			.single();
	}

}

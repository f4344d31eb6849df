package nl.kernteam.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The access log: append-only, one row per access to family data.
 * <p>
 * {@link #record} must be called inside the transaction that reads or changes the data, so that the data and
 * its log row commit or roll back together; it refuses to run without one. {@link #recordRefusal} writes in a
 * transaction of its own, because a refused request rolls its own transaction back but its refusal must stay.
 */
@Service
public class AccessLog {

	/** A household's rows are counted up to this many; past it, pages say "more than". */
	public static final int COUNT_CAP = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a granted or refused access in the caller's transaction. Granted reads of one household by one actor
	 * within one transaction become one row at commit that names every kind of data read ({@code household,
	 * network, plan}): a page view is one row, not one per section. Changes are written at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AccessEvent event) {
		if (event.action() == AccessAction.READ && event.outcome() == AccessOutcome.GRANTED && event.householdId() != null) {
			reads().add(event, clock.instant());
			return;
		}
		insert(event, clock.instant());
	}

	/** The reads of the current transaction, written as one row per household and actor just before it commits. */
	private PendingReads reads() {
		var pending = (PendingReads) TransactionSynchronizationManager.getResource(PendingReads.class);
		if (pending == null) {
			var created = new PendingReads();
			TransactionSynchronizationManager.bindResource(PendingReads.class, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					created.rows().forEach(row -> insert(row.event(), row.at()));
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PendingReads.class);
				}
			});
			pending = created;
		}
		return pending;
	}

	/** Reads waiting for their transaction's commit, merged per (household, actor, emergency, basis), first time kept. */
	private static final class PendingReads {

		private final java.util.Map<java.util.List<Object>, Pending> byKey = new java.util.LinkedHashMap<>();

		void add(AccessEvent event, java.time.Instant at) {
			var key = java.util.Arrays.<Object>asList(event.householdId(), event.actor().professionalId(), event.emergency(),
					event.basis());
			var pending = byKey.computeIfAbsent(key, k -> new Pending(event, at, new java.util.LinkedHashSet<>()));
			pending.resources().add(event.resource());
		}

		java.util.List<Pending> rows() {
			return byKey.values().stream()
				.map(p -> new Pending(AccessEvent.granted(p.event().actor(), p.event().householdId(), AccessAction.READ,
						joined(p.resources()), p.event().emergency()).because(p.event().basis()), p.at(), p.resources()))
				.toList();
		}

		private static String joined(java.util.Set<String> resources) {
			String all = String.join(",", resources);
			return all.length() <= 2000 ? all : all.substring(0, 1999) + "…";
		}
	}

	private record Pending(AccessEvent event, java.time.Instant at, java.util.Set<String> resources) {
	}

	/**
	 * Records an access at once, in the caller's transaction, without merging it with the transaction's other reads:
	 * for reading the log itself, so that whoever reads it sees their own read on top.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordNow(AccessEvent event) {
		insert(event, clock.instant());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(AccessEvent event) {
		insert(event, clock.instant());
	}

	/**
	 * One page of a household's log, newest first, with the count of its rows up to {@link #COUNT_CAP}. Served by
	 * the index on (household_id, at desc) of each monthly partition: a page reads its own rows only, however
	 * far back it lies, and the count reads at most {@code COUNT_CAP} index entries.
	 */
	@Transactional(readOnly = true)
	public AccessLogPage forHousehold(UUID householdId, AccessLogPage.Request request) {
		long counted = jdbc.sql("select count(*) from (select 1 from access_log where household_id = :household limit :cap) x")
			.param("household", householdId)
			.param("cap", COUNT_CAP + 1)
			.query(Long.class)
			.single();
		var rows = new ArrayList<>(rows(householdId, request));
		boolean more = rows.size() > request.size();
		if (more) {
			rows.remove(rows.size() - 1);
		}
		if (request.after() != null) {
			Collections.reverse(rows); // fetched oldest first, from the cursor on
		}
		boolean hasNewer = request.after() != null ? more : request.before() != null || request.page() != null && request.page() > 0;
		boolean hasOlder = request.after() != null || more;
		String newer = hasNewer && !rows.isEmpty() ? rows.get(0).cursor().toString() : null;
		String older = hasOlder && !rows.isEmpty() ? rows.get(rows.size() - 1).cursor().toString() : null;
		return new AccessLogPage(rows.stream().map(Row::entry).toList(),
				request.before() == null && request.after() == null ? request.page() : null, request.size(),
				Math.min(counted, COUNT_CAP), counted > COUNT_CAP, newer, older);
	}

	private static final String ROWS = "select id, at, actor_name, organisation_name, action, resource, outcome, emergency, basis from access_log";

	/** Fetches one row more than the page holds, to know whether there is a page beyond it. */
	private List<Row> rows(UUID householdId, AccessLogPage.Request request) {
		var cursor = request.before() != null ? request.before() : request.after();
		JdbcClient.StatementSpec statement;
		if (request.before() != null) {
			// "at <= x" lets PostgreSQL skip the months after the cursor and walk the index from there
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
			// page by number only for API clients that still ask so; it reads and skips the rows before the page
			statement = jdbc.sql(ROWS + " where household_id = :household order by at desc, id desc limit :limit offset :offset");
		}
		statement = statement.param("household", householdId).param("limit", request.size() + 1);
		if (cursor != null) {
			statement = statement.param("at", Timestamp.from(cursor.at())).param("id", cursor.id());
		}
		else {
			statement = statement.param("offset", (long) (request.page() == null ? 0 : request.page()) * request.size());
		}
		return statement.query((rs, row) -> new Row(new AccessLogCursor(rs.getTimestamp("at").toInstant(), rs.getLong("id")),
				new AccessLogEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
						rs.getString("organisation_name"), AccessAction.valueOf(rs.getString("action")),
						rs.getString("resource"), AccessOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("emergency"),
						rs.getString("basis"))))
			.list();
	}

	private record Row(AccessLogCursor cursor, AccessLogEntry entry) {
	}

	/**
	 * The same granted access to many households at once (a list that names them), in one statement, inside the
	 * caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(Actor actor, java.util.Collection<UUID> households, AccessAction action, String resource) {
		recordAll(actor, households, action, resource, false);
	}

	/** As {@link #recordAll(Actor, java.util.Collection, AccessAction, String)}, flagged as emergency access or not. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(Actor actor, java.util.Collection<UUID> households, AccessAction action, String resource,
			boolean emergency) {
		if (households.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into access_log (at, actor_id, actor_name, organisation_id, organisation_name, household_id,
				                        action, resource, outcome, emergency)
				select :at, :actorId, :actorName, :organisationId, :organisationName, h, :action, :resource, 'GRANTED', :emergency
				  from unnest(cast(:households as uuid[])) as h
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actorId", actor.professionalId())
			.param("actorName", actor.name())
			.param("organisationId", actor.organisationId())
			.param("organisationName", actor.organisationName())
			.param("households", households.stream().map(UUID::toString).toArray(String[]::new))
			.param("action", action.name())
			.param("emergency", emergency)
			.param("resource", resource)
			.update();
	}

	private void insert(AccessEvent event, java.time.Instant at) {
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
	}
}

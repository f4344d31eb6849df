package nl.kernteam.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log: append-only, one row per access to family data.
 * <p>
 * {@link #record} must be called inside the transaction that reads or changes the data, so that the data and
 * its log row commit or roll back together; it refuses to run without one. {@link #recordRefusal} writes in a
 * transaction of its own, because a refused request rolls its own transaction back but its refusal must stay.
 */
@Service
public class AccessLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AccessEvent event) {
		insert(event);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefusal(AccessEvent event) {
		insert(event);
	}

	/** One page of a household's log, newest first. Served by the index on (household_id, at). */
	@Transactional(readOnly = true)
	public PageOf<AccessLogEntry> forHousehold(UUID householdId, PageOf.Request page) {
		long total = jdbc.sql("select count(*) from access_log where household_id = :household")
			.param("household", householdId)
			.query(Long.class)
			.single();
		var items = jdbc.sql("""
				select at, actor_name, organisation_name, action, resource, outcome, emergency
				  from access_log
				 where household_id = :household
				 order by at desc, id desc
				 limit :limit offset :offset
				""")
			.param("household", householdId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new AccessLogEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("organisation_name"), AccessAction.valueOf(rs.getString("action")),
					rs.getString("resource"), AccessOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("emergency")))
			.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	private void insert(AccessEvent event) {
		var actor = event.actor();
		jdbc.sql("""
				insert into access_log (at, actor_id, actor_name, organisation_id, organisation_name, household_id,
				                        action, resource, outcome, emergency)
				values (:at, :actorId, :actorName, :organisationId, :organisationName, :household, :action, :resource,
				        :outcome, :emergency)
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actorId", actor.professionalId())
			.param("actorName", actor.name())
			.param("organisationId", actor.organisationId())
			.param("organisationName", actor.organisationName())
			.param("household", event.householdId())
			.param("action", event.action().name())
			.param("resource", event.resource())
			.param("outcome", event.outcome().name())
			.param("emergency", event.emergency())
			.update();
	}
}

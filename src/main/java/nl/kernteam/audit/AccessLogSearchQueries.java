package nl.kernteam.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The whole access log searched by period, professional, action and emergency, newest
 * first, with the name of the household each row concerns (household's published
 * {@code household_profile}). The period bounds {@code at}, so only its monthly
 * partitions are read.
 */
@Repository
class AccessLogSearchQueries {

	private final JdbcClient jdbc;

	AccessLogSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of the search, with its household's name (if it concerns one). */
	record Found(Instant at, String actorName, String organisationName, AccessAction action, String resource,
			AccessOutcome outcome, boolean emergency, String basis, UUID householdId, String householdName) {
	}

	/** Up to {@code limit} rows from {@code offset}. */
	List<Found> search(AccessLogFilter filter, int offset, int limit) {
		return jdbc.sql("""
				select l.at, l.actor_name, l.organisation_name, l.action, l.resource, l.outcome, l.emergency, l.basis,
				       l.household_id, h.name as household_name
				  from access_log l left join household_profile h on h.id = l.household_id
				 where l.at >= :from and l.at < :to
				   and (cast(:professional as text) is null or l.actor_name ilike :pattern)
				   and (cast(:action as text) is null or l.action = :action)
				   and (cast(:emergency as boolean) is null or l.emergency = :emergency)
				 order by l.at desc, l.id desc limit :limit offset :offset
				""")
			.param("from", Timestamp.from(filter.from().atStartOfDay(AmsterdamTime.ZONE).toInstant()))
			.param("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(AmsterdamTime.ZONE).toInstant()))
			.param("professional", filter.professional())
			.param("pattern", Sql.containsPattern(filter.professional() == null ? "" : filter.professional()))
			.param("action", filter.action() == null ? null : filter.action().name())
			.param("emergency", filter.emergency())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Found(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("organisation_name"), AccessAction.valueOf(rs.getString("action")),
					rs.getString("resource"), AccessOutcome.valueOf(rs.getString("outcome")),
					rs.getBoolean("emergency"), rs.getString("basis"), rs.getObject("household_id", UUID.class),
					rs.getString("household_name")))
			.list();
	}

}

package nl.kernteam.safetyteam;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What closing a household's file ends in this module. */
@Repository
class ClosedHouseholdRepository {

	private final JdbcClient jdbc;

	ClosedHouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int stopClocks(UUID household, LocalDate on) {
		return jdbc.sql("""
				update report_deadline set stopped_on = :on
				 where household_id = :household and met_on is null and stopped_on is null
				""").param("household", household).param("on", on).update();
	}

	int endRequests(UUID household, UUID by, Instant at) {
		return jdbc.sql("""
				update expertise_request
				   set status = case status when 'REQUESTED' then 'WITHDRAWN' else 'ENDED' end,
				       decided_by = coalesce(decided_by, :by), decided_at = coalesce(decided_at, :at),
				       ended_at = case status when 'ACCEPTED' then :at else ended_at end
				 where household_id = :household and status in ('REQUESTED', 'ACCEPTED')
				""").param("household", household).param("by", by).param("at", Timestamp.from(at)).update();
	}

}

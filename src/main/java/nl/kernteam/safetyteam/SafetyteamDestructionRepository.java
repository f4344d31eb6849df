package nl.kernteam.safetyteam;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's reports, clocks, meldcode trail and expertise requests.
 */
@Repository
class SafetyteamDestructionRepository {

	private final JdbcClient jdbc;

	SafetyteamDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("meldcode_step",
				jdbc.sql("delete from meldcode_step where household_id = :h").param("h", household).update());
		counts.destroyed("meldcode_trail",
				jdbc.sql("delete from meldcode_trail where household_id = :h").param("h", household).update());
		counts.destroyed("report_feedback", jdbc
			.sql("delete from report_feedback where report_id in (select id from report where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("report_deadline",
				jdbc.sql("delete from report_deadline where household_id = :h").param("h", household).update());
		counts.destroyed("report",
				jdbc.sql("delete from report where household_id = :h").param("h", household).update());
		counts.destroyed("expertise_request",
				jdbc.sql("delete from expertise_request where household_id = :h").param("h", household).update());
	}

}

package nl.kernteam.safetyteam;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's reports, clocks, meldcode trail, expertise requests and
 * its legal track (court orders with their extensions and instructions, requests to the
 * Raad, placement decisions).
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
		counts.destroyed("placement_decision",
				jdbc.sql("delete from placement_decision where household_id = :h").param("h", household).update());
		counts.destroyed("court_order_instruction", jdbc.sql(
				"delete from court_order_instruction where order_id in (select id from court_order where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("court_order_extension", jdbc.sql(
				"delete from court_order_extension where order_id in (select id from court_order where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("court_order",
				jdbc.sql("delete from court_order where household_id = :h").param("h", household).update());
		counts.destroyed("raad_request",
				jdbc.sql("delete from raad_request where household_id = :h").param("h", household).update());
		counts.destroyed("expertise_request",
				jdbc.sql("delete from expertise_request where household_id = :h").param("h", household).update());
	}

}

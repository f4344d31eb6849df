package nl.kernteam.plan;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's plan with its goals, agreements, evaluations and
 * versions.
 */
@Repository
class PlanDestructionRepository {

	private final JdbcClient jdbc;

	PlanDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("plan_family_view",
				jdbc.sql("delete from plan_family_view where household_id = :h").param("h", household).update());
		counts.destroyed("plan_progress", jdbc.sql(
				"delete from plan_progress where agreement_id in (select id from plan_agreement where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("plan_version",
				jdbc.sql("delete from plan_version where household_id = :h").param("h", household).update());
		counts.destroyed("plan_evaluation",
				jdbc.sql("delete from plan_evaluation where household_id = :h").param("h", household).update());
		counts.destroyed("plan_agreement",
				jdbc.sql("delete from plan_agreement where household_id = :h").param("h", household).update());
		counts.destroyed("plan_goal",
				jdbc.sql("delete from plan_goal where household_id = :h").param("h", household).update());
		counts.destroyed("plan_condition_check", jdbc.sql(
				"delete from plan_condition_check where condition_id in (select id from plan_safety_condition where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("plan_safety_condition",
				jdbc.sql("delete from plan_safety_condition where household_id = :h").param("h", household).update());
		counts.destroyed("plan_safety_status",
				jdbc.sql("delete from plan_safety_status where household_id = :h").param("h", household).update());
		counts.destroyed("plan", jdbc.sql("delete from plan where household_id = :h").param("h", household).update());
	}

}

package nl.kernteam.assessment;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's joint assessments with all their parts and versions.
 * The versions are append-only; their trigger lets a delete through only for the
 * household named in this transaction's {@code kernteam.destroying_household} while it is
 * closed.
 */
@Repository
class AssessmentDestructionRepository {

	private final JdbcClient jdbc;

	AssessmentDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		jdbc.sql("select set_config('kernteam.destroying_household', :h, true)")
			.param("h", household.toString())
			.query(String.class)
			.single();
		counts.destroyed("assessment_version", jdbc.sql(
				"delete from assessment_version where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_explanation", jdbc.sql(
				"delete from assessment_explanation where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_key_decision", jdbc.sql(
				"delete from assessment_key_decision where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_danger_statement", jdbc.sql(
				"delete from assessment_danger_statement where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_item", jdbc.sql(
				"delete from assessment_item where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_fact", jdbc.sql(
				"delete from assessment_fact where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment_participant", jdbc.sql(
				"delete from assessment_participant where assessment_id in (select id from assessment where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("assessment",
				jdbc.sql("delete from assessment where household_id = :h").param("h", household).update());
	}

	/**
	 * Discards an assessment that was started and never saved (version 1), with its
	 * parts; {@code false} when there is no such assessment of this household.
	 */
	boolean discardUnsaved(UUID id, UUID household) {
		var unsaved = jdbc
			.sql("select 1 from assessment where id = :id and household_id = :h and version = 1 for update")
			.param("id", id)
			.param("h", household)
			.query(Integer.class)
			.optional();
		if (unsaved.isEmpty()) {
			return false;
		}
		jdbc.sql("select set_config('kernteam.discarding_assessment', :id, true)")
			.param("id", id.toString())
			.query(String.class)
			.single();
		jdbc.sql("delete from assessment_version where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_explanation where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_key_decision where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_danger_statement where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_item where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_fact where assessment_id = :id").param("id", id).update();
		jdbc.sql("delete from assessment_participant where assessment_id = :id").param("id", id).update();
		return jdbc.sql("delete from assessment where id = :id and version = 1").param("id", id).update() == 1;
	}

}

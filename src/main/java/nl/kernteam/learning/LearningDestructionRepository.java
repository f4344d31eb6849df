package nl.kernteam.learning;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletes a destroyed household's case reviews and reflections, and counts them. */
@Repository
class LearningDestructionRepository {

	private final JdbcClient jdbc;

	LearningDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("case_review_step", jdbc
			.sql("delete from case_review_step where review_id in (select id from case_review where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("case_review",
				jdbc.sql("delete from case_review where household_id = :h").param("h", household).update());
		counts.destroyed("reflection_principle", jdbc.sql(
				"delete from reflection_principle where reflection_id in (select id from reflection where household_id = :h)")
			.param("h", household)
			.update());
		counts.destroyed("reflection",
				jdbc.sql("delete from reflection where household_id = :h").param("h", household).update());
	}

}

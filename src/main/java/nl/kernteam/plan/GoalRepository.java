package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plan's goals in the family's words, each maybe answering a danger statement (named
 * through the assessment's published view {@code danger_statement}) or a life domain.
 */
@Repository
class GoalRepository {

	private final JdbcClient jdbc;

	GoalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insertGoal(UUID id, UUID household, AddGoal goal, UUID by, Instant now) {
		return jdbc
			.sql("""
					insert into plan_goal (id, household_id, text, explanation, danger_statement_id, assessment_id, position, created_at,
					                       created_by, life_domain)
					values (:id, :household, :text, :explanation, :danger, :assessment,
					        (select coalesce(max(position), 0) + 1 from plan_goal where household_id = :household), :now, :by, :domain)
					on conflict (id) do nothing
					""")
			.param("domain", goal.lifeDomain() == null ? null : goal.lifeDomain().name())
			.param("id", id)
			.param("household", household)
			.param("text", goal.text().trim())
			.param("explanation", PlanRepository.blankToNull(goal.explanation()))
			.param("danger", goal.dangerStatementId())
			.param("assessment", goal.assessmentId())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return rows changed: 0 means unknown goal or stale version
	 */
	boolean updateGoal(UUID household, UUID goal, UpdateGoal update) {
		return jdbc.sql("""
				update plan_goal set text = :text, explanation = :explanation, version = version + 1
				 where id = :id and household_id = :household and version = :version and removed_at is null
				""")
			.param("id", goal)
			.param("household", household)
			.param("text", update.text().trim())
			.param("explanation", PlanRepository.blankToNull(update.explanation()))
			.param("version", update.version())
			.update() == 1;
	}

	/**
	 * Whether a current goal with this id belongs to this household (a foreign id never
	 * does).
	 */
	boolean goalExists(UUID household, UUID goal) {
		return jdbc.sql(
				"select exists (select 1 from plan_goal where id = :id and household_id = :household and removed_at is null)")
			.param("id", goal)
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

}

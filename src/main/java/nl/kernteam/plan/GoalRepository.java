package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.LifeDomain;
import nl.kernteam.plan.PlanDetails.Goal;
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

	List<Goal> goals(UUID household) {
		return jdbc.sql("""
				select g.id, g.text, g.explanation, g.danger_statement_id, g.assessment_id, g.version, d.text as danger,
				       g.life_domain
				  from plan_goal g
				  left join danger_statement d on d.id = g.danger_statement_id and d.assessment_id = g.assessment_id
				                              and d.household_id = g.household_id
				 where g.household_id = :household and g.removed_at is null
				 order by g.life_domain is not null, g.life_domain, g.position, g.id
				""")
			.param("household", household)
			.query((rs, row) -> new Goal(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getString("explanation"), rs.getObject("danger_statement_id", UUID.class),
					rs.getObject("assessment_id", UUID.class), rs.getString("danger"), rs.getInt("version"),
					rs.getString("life_domain") == null ? null : LifeDomain.valueOf(rs.getString("life_domain"))))
			.list();
	}

}

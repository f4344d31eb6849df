package nl.kernteam.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.plan.PlanDetails.Evaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plan's evaluation moments: planned, then held once, with the assessment in which the
 * scales were asked again.
 */
@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insertEvaluation(UUID id, UUID household, LocalDate plannedOn, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_evaluation (id, household_id, planned_on, created_at, created_by)
				values (:id, :household, :plannedOn, :now, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("plannedOn", Date.valueOf(plannedOn))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Whether an evaluation with this id belongs to this household (a foreign id never
	 * does).
	 */
	boolean evaluationExists(UUID household, UUID evaluation) {
		return jdbc.sql("select exists (select 1 from plan_evaluation where id = :id and household_id = :household)")
			.param("id", evaluation)
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	Optional<Evaluation> evaluation(UUID household, UUID evaluation) {
		return evaluations(household).stream().filter(e -> e.id().equals(evaluation)).findFirst();
	}

	/**
	 * Claims the evaluation as held; false when it was held already (also by a request at
	 * the same moment).
	 */
	boolean holdEvaluation(UUID household, UUID evaluation, LocalDate heldOn, UUID assessment, String notes,
			PlanPhase before, PlanPhase after) {
		return jdbc.sql("""
				update plan_evaluation set held_on = :heldOn, assessment_id = :assessment, notes = :notes,
				       phase_before = :before, phase_after = :after
				 where id = :id and household_id = :household and held_on is null
				""")
			.param("id", evaluation)
			.param("household", household)
			.param("heldOn", Date.valueOf(heldOn))
			.param("assessment", assessment)
			.param("notes", PlanRepository.blankToNull(notes))
			.param("before", before.name())
			.param("after", after.name())
			.update() == 1;
	}

	void linkVersion(UUID evaluation, int versionNumber) {
		jdbc.sql("update plan_evaluation set version_number = :version where id = :id")
			.param("id", evaluation)
			.param("version", versionNumber)
			.update();
	}

	List<Evaluation> evaluations(UUID household) {
		return jdbc.sql("""
				select id, planned_on, held_on, assessment_id, notes, phase_before, phase_after, version_number
				  from plan_evaluation where household_id = :household order by planned_on, id
				""")
			.param("household", household)
			.query((rs, row) -> new Evaluation(rs.getObject("id", UUID.class),
					rs.getObject("planned_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
					rs.getObject("assessment_id", UUID.class), rs.getString("notes"),
					PlanRepository.phase(rs.getString("phase_before")),
					PlanRepository.phase(rs.getString("phase_after")), (Integer) rs.getObject("version_number")))
			.list();
	}

}

package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan's safety conditions with their checks, and its safety status over time.
 */
@Repository
class SafetyConditionRepository {

	private final JdbcClient jdbc;

	SafetyConditionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when a condition with this id exists already
	 */
	boolean insertCondition(UUID id, UUID household, String text, LocalDate agreedOn, UUID by, Instant now) {
		return jdbc
			.sql("""
					insert into plan_safety_condition (id, household_id, text, agreed_on, position, created_at, created_by)
					values (:id, :household, :text, :agreedOn,
					        (select coalesce(max(position), 0) + 1 from plan_safety_condition where household_id = :household),
					        :now, :by)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("text", text)
			.param("agreedOn", agreedOn)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	boolean conditionExists(UUID household, UUID condition) {
		return jdbc.sql("select count(*) from plan_safety_condition where id = :id and household_id = :household")
			.param("id", condition)
			.param("household", household)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @return false when the check was recorded already (same id, or same day and person)
	 */
	boolean insertCheck(UUID id, UUID condition, RecordConditionCheck check, String by, UUID recordedBy, Instant now) {
		return jdbc
			.sql("""
					insert into plan_condition_check (id, condition_id, checked_on, held, checked_by, note, recorded_by, recorded_at)
					values (:id, :condition, :date, :held, :by, :note, :recordedBy, :now)
					on conflict do nothing
					""")
			.param("id", id)
			.param("condition", condition)
			.param("date", check.date())
			.param("held", check.held())
			.param("by", by)
			.param("note", PlanRepository.blankToNull(check.note()))
			.param("recordedBy", recordedBy)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The check recorded earlier under this id, or for the same condition, day and
	 * person.
	 */
	Optional<Earlier> earlierCheck(UUID id, UUID condition, RecordConditionCheck check, String by) {
		return jdbc.sql("""
				select condition_id, held from plan_condition_check
				 where id = :id or (condition_id = :condition and checked_on = :date and checked_by = :by)
				 order by (id = :id) desc limit 1
				""")
			.param("id", id)
			.param("condition", condition)
			.param("date", check.date())
			.param("by", by)
			.query((rs, row) -> new Earlier(rs.getObject("condition_id", UUID.class), rs.getBoolean("held")))
			.optional();
	}

	record Earlier(UUID conditionId, boolean held) {
	}

	void insertStatus(UUID household, SafetyStatus status, LocalDate since, UUID by, Instant now) {
		jdbc.sql("""
				insert into plan_safety_status (id, household_id, status, since, set_by, set_at)
				values (:id, :household, :status, :since, :by, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("household", household)
			.param("status", status.name())
			.param("since", since)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * After a phase change through API version 1: records the status the new phase stands
	 * for, from {@code today}, unless it is the status already.
	 */
	void followPhase(UUID household, PlanPhase phase, LocalDate today, UUID by, Instant now) {
		jdbc.sql("""
				insert into plan_safety_status (id, household_id, status, since, set_by, set_at)
				select :id, :household, :status, :since, :by, :now
				 where coalesce((select status from plan_safety_status where household_id = :household
				                  order by since desc, set_at desc limit 1), '') <> :status
				""")
			.param("id", UUID.randomUUID())
			.param("household", household)
			.param("status", SafetyStatus.of(phase).name())
			.param("since", today)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

}

package nl.kernteam.safetyteam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves a household's meldcode trail and its steps. */
@Repository
class MeldcodeRepository {

	private final JdbcClient jdbc;

	MeldcodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record TrailRow(String householdName, AnswerMeldcodeWeighing weighing, MeldcodeDecision decision,
			LocalDate decidedOn, int version, MeldcodeTrail.ChildCheck childCheck) {
	}

	/** The trail, or an empty one (version 0) when none was started. */
	Optional<TrailRow> trail(UUID household) {
		return jdbc.sql("""
				select h.name as household_name, t.suspicion, t.unsafety, t.help_possible, t.help_accepted,
				       t.help_results, t.decision, t.decided_on, coalesce(t.version, 0) as version,
				       t.child_check_on, t.child_check_has_children, t.child_check_children_safe, t.child_check_notes,
				       p.name as child_check_by
				  from household_profile h left join meldcode_trail t on t.household_id = h.id
				  left join professional_profile p on p.id = t.child_check_by
				 where h.id = :household
				""").param("household", household).query((rs, row) -> {
			String decision = rs.getString("decision");
			int version = rs.getInt("version");
			return new TrailRow(rs.getString("household_name"),
					new AnswerMeldcodeWeighing(bool(rs, "suspicion"), bool(rs, "unsafety"), bool(rs, "help_possible"),
							bool(rs, "help_accepted"), bool(rs, "help_results"), version),
					decision == null ? null : MeldcodeDecision.valueOf(decision),
					rs.getObject("decided_on", LocalDate.class), version, childCheck(rs));
		}).optional();
	}

	Map<MeldcodeStep, MeldcodeTrail.Step> steps(UUID household) {
		var steps = new EnumMap<MeldcodeStep, MeldcodeTrail.Step>(MeldcodeStep.class);
		jdbc.sql("""
				select s.step, s.done_on, p.name as done_by, s.notes
				  from meldcode_step s join professional_profile p on p.id = s.done_by
				 where s.household_id = :household
				""").param("household", household).query((rs, row) -> {
			var step = MeldcodeStep.valueOf(rs.getString("step"));
			return new MeldcodeTrail.Step(step, rs.getObject("done_on", LocalDate.class), rs.getString("done_by"),
					rs.getString("notes"));
		}).list().forEach(step -> steps.put(step.step(), step));
		return steps;
	}

	void ensure(UUID household, UUID by, Instant now) {
		jdbc.sql("""
				insert into meldcode_trail (household_id, created_at, created_by, updated_at, updated_by)
				values (:household, :now, :by, :now, :by)
				on conflict (household_id) do nothing
				""").param("household", household).param("by", by).param("now", Timestamp.from(now)).update();
	}

	void saveStep(UUID household, MeldcodeStep step, LocalDate doneOn, String notes, UUID by, Instant now) {
		jdbc.sql("""
				insert into meldcode_step (household_id, step, done_on, done_by, notes, recorded_at)
				values (:household, :step, :doneOn, :by, :notes, :now)
				on conflict (household_id, step) do update
				   set done_on = excluded.done_on, done_by = excluded.done_by, notes = excluded.notes,
				       recorded_at = excluded.recorded_at
				""")
			.param("household", household)
			.param("step", step.name())
			.param("doneOn", doneOn)
			.param("by", by)
			.param("notes", notes == null || notes.isBlank() ? null : notes.trim())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @return false when the trail changed since {@code version} or was decided
	 */
	boolean answer(UUID household, AnswerMeldcodeWeighing answers, int version, UUID by, Instant now) {
		return jdbc.sql("""
				update meldcode_trail
				   set suspicion = :suspicion, unsafety = :unsafety, help_possible = :helpPossible,
				       help_accepted = :helpAccepted, help_results = :helpResults,
				       version = version + 1, updated_at = :now, updated_by = :by
				 where household_id = :household and version = :version and decision is null
				""")
			.param("household", household)
			.param("suspicion", answers.suspicion())
			.param("unsafety", answers.unsafety())
			.param("helpPossible", answers.helpPossible())
			.param("helpAccepted", answers.helpAccepted())
			.param("helpResults", answers.helpResults())
			.param("version", version)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return false when the trail was decided already
	 */
	boolean decide(UUID household, DecideMeldcode decision, UUID by, Instant now) {
		return jdbc.sql("""
				update meldcode_trail
				   set decision = :decision, decided_on = :decidedOn, decided_by = :by,
				       version = version + 1, updated_at = :now, updated_by = :by
				 where household_id = :household and decision is null
				""")
			.param("household", household)
			.param("decision", decision.decision().name())
			.param("decidedOn", decision.decidedOn())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static MeldcodeTrail.ChildCheck childCheck(ResultSet rs) throws SQLException {
		LocalDate checkedOn = rs.getObject("child_check_on", LocalDate.class);
		return checkedOn == null ? null
				: new MeldcodeTrail.ChildCheck(checkedOn, rs.getBoolean("child_check_has_children"),
						bool(rs, "child_check_children_safe"), rs.getString("child_check_by"),
						rs.getString("child_check_notes"));
	}

	void saveChildCheck(UUID household, RecordChildCheck check, UUID by, Instant now) {
		jdbc.sql("""
				update meldcode_trail
				   set child_check_on = :checkedOn, child_check_has_children = :hasChildren,
				       child_check_children_safe = :childrenSafe, child_check_notes = :notes, child_check_by = :by,
				       updated_at = :now, updated_by = :by
				 where household_id = :household
				""")
			.param("household", household)
			.param("checkedOn", check.checkedOn())
			.param("hasChildren", check.hasChildren())
			.param("childrenSafe", Boolean.TRUE.equals(check.hasChildren()) ? check.childrenSafe() : null)
			.param("notes", check.notes() == null || check.notes().isBlank() ? null : check.notes().trim())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Boolean bool(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}

package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves a household's plan itself: its phase and the family's own words. Its
 * parts each have their own repository: {@link GoalRepository},
 * {@link AgreementRepository}, {@link EvaluationRepository} and
 * {@link PlanVersionRepository}.
 */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record PlanRow(PlanPhase phase, String familyWords, int version) {
	}

	Optional<PlanRow> plan(UUID household) {
		return jdbc.sql("select phase, family_words, version from plan where household_id = :household")
			.param("household", household)
			.query((rs, row) -> new PlanRow(PlanPhase.valueOf(rs.getString("phase")), rs.getString("family_words"),
					rs.getInt("version")))
			.optional();
	}

	/** Starts the plan if it does not exist yet. */
	void ensure(UUID household, UUID by, Instant now) {
		jdbc.sql("""
				insert into plan (household_id, phase, created_at, created_by, updated_at, updated_by)
				values (:household, 'SAFETY_CONDITIONS', :now, :by, :now, :by)
				on conflict (household_id) do nothing
				""").param("household", household).param("by", by).param("now", Timestamp.from(now)).update();
	}

	/**
	 * @return false when the version was stale
	 */
	boolean updatePlan(UUID household, PlanPhase phase, String familyWords, int version, UUID by, Instant now) {
		return jdbc
			.sql("""
					update plan set phase = :phase, family_words = :words, version = version + 1, updated_at = :now, updated_by = :by
					 where household_id = :household and version = :version
					""")
			.param("household", household)
			.param("phase", phase.name())
			.param("words", familyWords)
			.param("version", version)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Moves the phase without a version check (an evaluation decides it) and counts it as
	 * a change.
	 */
	void movePhase(UUID household, PlanPhase phase, UUID by, Instant now) {
		jdbc.sql(
				"update plan set phase = :phase, version = version + 1, updated_at = :now, updated_by = :by where household_id = :household")
			.param("household", household)
			.param("phase", phase.name())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	void touch(UUID household, UUID by, Instant now) {
		jdbc.sql("update plan set updated_at = :now, updated_by = :by where household_id = :household")
			.param("household", household)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	static PlanPhase phase(String value) {
		return value == null ? null : PlanPhase.valueOf(value);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}

package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan frozen into numbered versions at evaluations, and the family's views of each
 * version, added and never changed.
 */
@Repository
class PlanVersionRepository {

	private final JdbcClient jdbc;

	PlanVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int freeze(UUID household, PlanPhase phase, String document, UUID evaluation, UUID by, Instant now) {
		return jdbc
			.sql("""
					insert into plan_version (household_id, number, phase, document, frozen_at, frozen_by, evaluation_id)
					values (:household, (select coalesce(max(number), 0) + 1 from plan_version where household_id = :household),
					        :phase, cast(:document as jsonb), :now, :by, :evaluation)
					returning number
					""")
			.param("household", household)
			.param("phase", phase.name())
			.param("document", document)
			.param("evaluation", evaluation)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	boolean versionExists(UUID household, int number) {
		return jdbc
			.sql("select exists (select 1 from plan_version where household_id = :household and number = :number)")
			.param("household", household)
			.param("number", number)
			.query(Boolean.class)
			.single();
	}

	Optional<String> versionDocument(UUID household, int number) {
		return jdbc.sql("select document::text from plan_version where household_id = :household and number = :number")
			.param("household", household)
			.param("number", number)
			.query(String.class)
			.optional();
	}

	/**
	 * @return false when a view with this id exists already (a repeated submit)
	 */
	boolean insertFamilyView(UUID id, UUID household, int number, String memberName, boolean agrees, String words,
			UUID by, Instant now) {
		return jdbc
			.sql("""
					insert into plan_family_view (id, household_id, version_number, member_name, agrees, words, recorded_at, recorded_by)
					values (:id, :household, :number, :member, :agrees, :words, :now, :by)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("number", number)
			.param("member", memberName.trim())
			.param("agrees", agrees)
			.param("words", PlanRepository.blankToNull(words))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}

package nl.kernteam.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.plan.PlanDetails.FamilyView;
import nl.kernteam.plan.PlanDetails.Version;
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

	List<Version> versions(UUID household) {
		Map<Integer, List<FamilyView>> views = new HashMap<>();
		jdbc.sql("""
				select v.version_number, v.member_name, v.agrees, v.words, v.recorded_at, p.name
				  from plan_family_view v join professional_profile p on p.id = v.recorded_by
				 where v.household_id = :household
				 union all
				-- what a family member wrote as themselves on the family's pages: they are its author
				select f.about_id::integer, f.author_name, f.position = 'AGREES', f.words, f.recorded_at, f.author_name
				  from family_view f
				 where f.household_id = :household and f.about_kind = 'PLAN_VERSION'
				 order by recorded_at
				""")
			.param("household", household)
			.query((rs, row) -> views.computeIfAbsent(rs.getInt("version_number"), k -> new ArrayList<>())
				.add(new FamilyView(rs.getString("member_name"), rs.getBoolean("agrees"), rs.getString("words"),
						rs.getTimestamp("recorded_at").toInstant(), rs.getString("name"))))
			.list();
		return jdbc
			.sql("""
					select v.number, v.phase, v.frozen_at, p.name from plan_version v join professional_profile p on p.id = v.frozen_by
					 where v.household_id = :household order by v.number desc
					""")
			.param("household", household)
			.query((rs, row) -> new Version(rs.getInt("number"), PlanPhase.valueOf(rs.getString("phase")),
					rs.getTimestamp("frozen_at").toInstant(), rs.getString("name"),
					views.getOrDefault(rs.getInt("number"), List.of())))
			.list();
	}

}

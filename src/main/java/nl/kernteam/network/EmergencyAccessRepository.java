package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Emergency accesses as the household's page and the privacy officer's review see them,
 * and their review.
 */
@Repository
class EmergencyAccessRepository {

	private static final String SELECT = """
			select e.id, e.household_id, h.name as household_name, p.name as professional_name,
			       o.name as organisation_name, e.reason, e.started_at, e.expires_at, e.reviewed_at,
			       r.name as reviewed_by_name, e.finding, count(*) over () as total,
			       (select count(*) from emergency_access x
			         where x.professional_id = e.professional_id and x.started_at > :since) as recent
			  from emergency_access e
			  join household_profile h on h.id = e.household_id
			  join professional_profile p on p.id = e.professional_id
			  left join organisation_profile o on o.id = e.organisation_id
			  left join professional_profile r on r.id = e.reviewed_by
			""";

	private final JdbcClient jdbc;

	EmergencyAccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The household's latest emergency accesses. */
	List<EmergencyAccessRow> emergencyAccesses(UUID household) {
		return jdbc.sql("""
				select e.id, p.name, o.name as organisation_name, e.reason, e.started_at, e.expires_at
				  from emergency_access e join professional_profile p on p.id = e.professional_id
				  left join organisation_profile o on o.id = e.organisation_id
				 where e.household_id = :household
				 order by e.started_at desc
				 limit 50
				""")
			.param("household", household)
			.query((rs, row) -> new EmergencyAccessRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organisation_name"), rs.getString("reason"),
					rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	/**
	 * One page of every emergency access, unreviewed first, then newest first;
	 * {@code recent} counts from {@code since}.
	 */
	List<PageOf.Counted<EmergencyAccessReview>> page(PageOf.Request request, Instant since) {
		return jdbc.sql(SELECT + """
				 order by (e.reviewed_at is not null), e.started_at desc, e.id
				 limit :limit offset :offset
				""")
			.param("limit", request.size())
			.param("offset", request.offset())
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new PageOf.Counted<>(row(rs), rs.getLong("total")))
			.list();
	}

	/** The household and the professional of an emergency access. */
	Optional<Broken> find(UUID id) {
		return jdbc.sql("select household_id, professional_id from emergency_access where id = :id")
			.param("id", id)
			.query((rs, row) -> new Broken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
	}

	record Broken(UUID household, UUID professional) {
	}

	/**
	 * @return 0 when the access was reviewed already (or does not exist)
	 */
	int review(UUID id, UUID by, String finding, Instant at) {
		return jdbc.sql("""
				update emergency_access set reviewed_at = :at, reviewed_by = :by, finding = :finding
				 where id = :id and reviewed_at is null
				""").param("id", id).param("at", Timestamp.from(at)).param("by", by).param("finding", finding).update();
	}

	EmergencyAccessReview one(UUID id, Instant since) {
		return jdbc.sql(SELECT + " where e.id = :id")
			.param("id", id)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> row(rs))
			.single();
	}

	private static EmergencyAccessReview row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new EmergencyAccessReview(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("household_name"), rs.getString("professional_name"), rs.getString("organisation_name"),
				rs.getString("reason"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), reviewedAt != null,
				reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("reviewed_by_name"),
				rs.getString("finding"), rs.getInt("recent"));
	}

	/** Ends every running emergency access to the household now. */
	int endAll(UUID household, Instant at) {
		return jdbc
			.sql("update emergency_access set expires_at = :at where household_id = :household and expires_at > :at")
			.param("household", household)
			.param("at", Timestamp.from(at))
			.update();
	}

	void grantEmergencyAccess(UUID id, UUID household, UUID professional, UUID organisation, String reason, Instant at,
			Instant expiresAt) {
		jdbc.sql(
				"""
						insert into emergency_access (id, household_id, professional_id, organisation_id, reason, started_at, expires_at)
						values (:id, :household, :professional, :organisation, :reason, :at, :expiresAt)
						""")
			.param("id", id)
			.param("household", household)
			.param("professional", professional)
			.param("organisation", organisation)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	boolean emergencyAccessRunning(UUID household, UUID professional, Instant at) {
		return jdbc
			.sql("""
					select exists (select 1 from emergency_access
					                where household_id = :household and professional_id = :professional and expires_at > :at)
					""")
			.param("household", household)
			.param("professional", professional)
			.param("at", Timestamp.from(at))
			.query(Boolean.class)
			.single();
	}

}

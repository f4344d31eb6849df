package nl.kernteam.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the learning demo data needs to know of the demo region. */
@Repository
class LearningDemoQueries {

	private final JdbcClient jdbc;

	LearningDemoQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean anyIntervision(UUID organisation) {
		return jdbc.sql("select exists (select 1 from intervision where organisation_id = :organisation)")
			.param("organisation", organisation)
			.query(Boolean.class)
			.single();
	}

	/** A demo account's id and organisation. */
	Optional<UUID[]> account(String username) {
		return jdbc.sql("select id, organisation_id from professional_profile where username = :username")
			.param("username", username)
			.query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
	}

	/** Households the professional is involved with now, oldest involvement first. */
	List<UUID> householdsOf(UUID professional) {
		return jdbc.sql("""
				select household_id from current_involvement where professional_id = :professional
				 order by started_at limit 3
				""").param("professional", professional).query(UUID.class).list();
	}

}

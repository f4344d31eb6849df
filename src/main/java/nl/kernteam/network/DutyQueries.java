package nl.kernteam.network;

import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A professional's duties across households: where they are contact person, director or
 * involved.
 */
@Repository
class DutyQueries {

	private final JdbcClient jdbc;

	DutyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the households of which the professional is the current contact person,
	 * by name.
	 */
	PageOf<Duty> contactPersonOf(UUID professional, PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc.sql("""
						select h.id, h.name, count(*) over () as total
						  from contact_person c join household_profile h on h.id = c.household_id
						 where c.professional_id = :professional and c.ended_at is null
						 order by h.name, h.id limit :limit offset :offset
						""")
					.param("professional", professional)
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> new PageOf.Counted<>(
							new Duty(rs.getObject("id", UUID.class), rs.getString("name")), rs.getLong("total")))
					.list());
	}

	boolean isContactPersonAnywhere(UUID professional) {
		return jdbc.sql(
				"select exists (select 1 from contact_person where professional_id = :professional and ended_at is null)")
			.param("professional", professional)
			.query(Boolean.class)
			.single();
	}

	/** Households where the professional is the explicitly appointed director. */
	List<UUID> directorOf(UUID professional) {
		return jdbc.sql("select household_id from director where professional_id = :professional and ended_at is null")
			.param("professional", professional)
			.query(UUID.class)
			.list();
	}

	/** Current involvements of the professional, for deactivation. */
	List<UUID> involvedWith(UUID professional) {
		return jdbc
			.sql("select household_id from involvement where professional_id = :professional and ended_at is null")
			.param("professional", professional)
			.query(UUID.class)
			.list();
	}

	record Duty(UUID householdId, String householdName) {
	}

}

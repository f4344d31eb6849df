package nl.kernteam.network;

import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of one household's network over a period. */
@Repository
class NetworkMeasureQueries {

	private final JdbcClient jdbc;

	NetworkMeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Handovers, professionals and organisations of one household over [from, to). */
	NetworkMeasures.HouseholdMeasures measures(UUID household, Timestamp from, Timestamp to) {
		return jdbc
			.sql("""
					select
					  (select count(*) from (select c.started_at, c.professional_id,
					                                lag(c.professional_id) over (order by c.started_at, c.id) as previous
					                           from contact_person c where c.household_id = :household) c
					      where c.started_at >= :from and c.started_at < :to
					        and c.previous is not null and c.previous <> c.professional_id) as handovers,
					  (select count(distinct i.professional_id) from involvement i where i.household_id = :household
					      and i.professional_id is not null and i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)) as professionals,
					  (select count(distinct i.organisation_id) from involvement i where i.household_id = :household
					      and i.organisation_id is not null and i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)) as organisations
					""")
			.param("household", household)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new NetworkMeasures.HouseholdMeasures(rs.getInt("handovers"),
					rs.getInt("professionals"), rs.getInt("organisations")))
			.single();
	}

}

package nl.kernteam.network;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.FamilyNetwork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The networks around many households at once, for the household module's family picture.
 */
@Repository
class FamilyNetworkQueries {

	private final JdbcClient jdbc;

	FamilyNetworkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current involvements of several households, in one query on the index on
	 * involvement by household. The ids go in as a subquery, so that the statement is
	 * planned once (docs/ARCHITECTURE.md, "A statement planned once").
	 */
	List<FamilyNetwork.Person> currentInvolvements(Collection<UUID> households) {
		return jdbc.sql("""
				select i.household_id, coalesce(p.name, i.person_name) as name, coalesce(o.name, i.relation) as detail,
				       i.role = 'INFORMAL' as informal, i.role = 'CORE_TEAM' as core
				  from involvement i
				  left join professional_profile p on p.id = i.professional_id
				  left join organisation_profile o on o.id = i.organisation_id
				 where i.household_id = any (array(select unnest(cast(:households as uuid[])))) and i.ended_at is null
				 order by i.household_id, i.role = 'INFORMAL', i.role <> 'CORE_TEAM', i.started_at, i.id
				""")
			.param("households", households.toArray(UUID[]::new))
			.query((rs, row) -> new FamilyNetwork.Person(rs.getObject("household_id", UUID.class), rs.getString("name"),
					rs.getString("detail"), rs.getBoolean("informal"), rs.getBoolean("core")))
			.list();
	}

}

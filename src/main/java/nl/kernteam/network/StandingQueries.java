package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.household.Standing;
import nl.kernteam.shared.ReadBatch;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a professional stands with a household at a moment: the SQL of
 * {@link NetworkAccessPolicy}.
 */
@Repository
class StandingQueries {

	private final JdbcClient jdbc;

	StandingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Standing standing(UUID household, UUID professional, Instant now) {
		return standing(household, professional, now, ReadBatch.now(jdbc)).get();
	}

	/** The same, read with other reads. */
	Supplier<Standing> standing(UUID household, UUID professional, Instant now, Reads reads) {
		var standing = reads
			.sql("""
					select 1 as rank, case
					         when exists (select 1 from contact_person c where c.household_id = i.household_id
					                        and c.professional_id = i.professional_id and c.ended_at is null) then 'CONTACT_PERSON'
					         when exists (select 1 from director d where d.household_id = i.household_id
					                        and d.professional_id = i.professional_id and d.ended_at is null) then 'DIRECTOR'
					         else i.role
					       end
					  from involvement i
					 where i.household_id = :household and i.professional_id = :professional and i.ended_at is null
					union all
					select 2, 'EMERGENCY' from emergency_access
					 where household_id = :household and professional_id = :professional and expires_at > :now
					 order by rank limit 1
					""")
			.param("household", household)
			.param("professional", professional)
			.param("now", Timestamp.from(now))
			.optional((rs, row) -> Standing.valueOf(rs.getString(2)));
		return () -> standing.get().orElse(Standing.NONE);
	}

	Optional<Instant> emergencyEndsAt(UUID household, UUID professional, Instant now) {
		return jdbc.sql("""
				select max(expires_at) from emergency_access
				 where household_id = :household and professional_id = :professional and expires_at > :now
				""")
			.param("household", household)
			.param("professional", professional)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single();
	}

	/** The most recent contact person, and the organisation they work for now. */
	Optional<nl.kernteam.household.HouseholdAccessPolicy.FormerContactPerson> lastContactPerson(UUID household) {
		return jdbc.sql("""
				select c.professional_id, p.organisation_id
				  from contact_person c join professional_profile p on p.id = c.professional_id
				 where c.household_id = :household
				 order by c.started_at desc, c.id limit 1
				""")
			.param("household", household)
			.query((rs, row) -> new nl.kernteam.household.HouseholdAccessPolicy.FormerContactPerson(
					rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional();
	}

}

package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.kernteam.household.HouseholdAccessPolicy;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.Standing;
import nl.kernteam.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Access follows the network: a current involvement and its role, or else a running emergency access. */
@Component
class NetworkAccessPolicy implements HouseholdAccessPolicy {

	private final JdbcClient jdbc;

	private final Clock clock;

	NetworkAccessPolicy(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The current involvement decides (the contact person and the director before their involvement's role);
	 * without one, a running emergency access; an ended involvement counts as none.
	 */
	@Override
	public Standing standing(Actor actor, HouseholdId household) {
		return jdbc.sql("""
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
			.param("household", household.value())
			.param("professional", actor.professionalId())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> Standing.valueOf(rs.getString(2)))
			.optional()
			.orElse(Standing.NONE);
	}

	/** The running emergency access that ends last, if the actor has one. */
	@Override
	public Optional<Instant> emergencyEndsAt(Actor actor, HouseholdId household) {
		return jdbc.sql("""
				select max(expires_at) from emergency_access
				 where household_id = :household and professional_id = :professional and expires_at > :now
				""")
			.param("household", household.value())
			.param("professional", actor.professionalId())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single();
	}
}

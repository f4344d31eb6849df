package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.kernteam.household.HouseholdAccessPolicy;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.Visibility;
import nl.kernteam.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Access follows the network: a current involvement, or else a running emergency access. */
@Component
class NetworkAccessPolicy implements HouseholdAccessPolicy {

	private final JdbcClient jdbc;

	private final Clock clock;

	NetworkAccessPolicy(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Visibility visibility(Actor actor, HouseholdId household) {
		return jdbc.sql("""
				select coalesce(bool_and(emergency), null) from household_visibility_at(:now)
				 where household_id = :household and professional_id = :professional
				""")
			.param("household", household.value())
			.param("professional", actor.professionalId())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> {
				boolean emergency = rs.getBoolean(1);
				return rs.wasNull() ? Visibility.NONE : emergency ? Visibility.EMERGENCY : Visibility.INVOLVED;
			})
			.single();
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

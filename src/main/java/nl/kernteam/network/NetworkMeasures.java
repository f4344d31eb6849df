package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.LocalDate;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures the programme asks for, computed from the network's history: handovers per household
 * (changes of contact person) and how many professionals and organisations a family met in a period.
 */
@Service
@Transactional
public class NetworkMeasures {

	private final JdbcClient jdbc;

	private final HouseholdAccess access;

	NetworkMeasures(JdbcClient jdbc, HouseholdAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** One household's measures over [from, to): for the people who work with it. */
	public HouseholdMeasures forHousehold(Actor actor, HouseholdId household, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		access.read(actor, household, "measures");
		return jdbc.sql("""
				select
				  (select count(*) from contact_person c where c.household_id = :household
				      and c.started_at >= :from and c.started_at < :to
				      and c.started_at > (select min(f.started_at) from contact_person f where f.household_id = :household)) as handovers,
				  (select count(distinct i.professional_id) from involvement i where i.household_id = :household
				      and i.professional_id is not null and i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)) as professionals,
				  (select count(distinct i.organisation_id) from involvement i where i.household_id = :household
				      and i.organisation_id is not null and i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)) as organisations
				""")
			.param("household", household.value())
			.param("from", start(from))
			.param("to", start(to))
			.query((rs, row) -> new HouseholdMeasures(rs.getInt("handovers"), rs.getInt("professionals"),
					rs.getInt("organisations")))
			.single();
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from.getYear() < 1900 || to.getYear() > 2200) {
			throw new InvalidInputException("from", "network.measures.period.invalid");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "network.measures.period.reversed");
		}
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(AmsterdamTime.ZONE).toInstant());
	}

	/** One household over a period. */
	public record HouseholdMeasures(int handovers, int professionals, int organisations) {
	}
}

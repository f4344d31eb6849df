package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.LocalDate;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures the programme asks for, computed from the network's history: handovers per
 * household (changes of contact person) and how many professionals and organisations a
 * family met in a period.
 */
@Service
@Transactional
public class NetworkMeasures {

	private final NetworkMeasureQueries network;

	private final HouseholdAccess access;

	NetworkMeasures(NetworkMeasureQueries network, HouseholdAccess access) {
		this.network = network;
		this.access = access;
	}

	/** One household's measures over [from, to): for the people who work with it. */
	public HouseholdMeasures forHousehold(Actor actor, HouseholdId household, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		access.read(actor, household, "measures");
		return network.measures(household.value(), start(from), start(to));
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

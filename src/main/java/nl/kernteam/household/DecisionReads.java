package nl.kernteam.household;

import java.util.Optional;
import java.util.function.Supplier;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ReadBatches;
import org.springframework.stereotype.Component;

/**
 * The two reads a page's access decision starts with, sent to PostgreSQL together (issue
 * 19): the household's own row (it exists, and the page shows it) and how the actor
 * stands to it ({@link HouseholdAccessPolicy}).
 */
@Component
class DecisionReads {

	private final HouseholdRepository households;

	private final HouseholdAccessPolicy policy;

	private final ReadBatches batches;

	DecisionReads(HouseholdRepository households, HouseholdAccessPolicy policy, ReadBatches batches) {
		this.households = households;
		this.policy = policy;
		this.batches = batches;
	}

	/** Both reads, registered together; the first {@code get()} sends them. */
	Read start(Actor actor, HouseholdId household) {
		var reads = batches.start();
		return new Read(households.row(household.value(), reads), policy.standing(actor, household, reads));
	}

	record Read(Supplier<Optional<HouseholdRow>> row, Supplier<Standing> standing) {
	}

}

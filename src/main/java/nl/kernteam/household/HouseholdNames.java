package nl.kernteam.household;

import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's name alone, for the heading of a page whose household data the page's own
 * query reads, checks through {@link HouseholdAccess} and logs; the one place other
 * modules get it from. It checks and logs nothing itself, so call it only after that
 * read.
 */
@Component
@Transactional(readOnly = true)
public class HouseholdNames {

	private final HouseholdRepository households;

	HouseholdNames(HouseholdRepository households) {
		this.households = households;
	}

	/**
	 * @throws NotFoundException when the household does not exist
	 */
	public String of(HouseholdId household) {
		// read with the page's access decision in this transaction (issue 19)
		String decided = DecidedHousehold.boundName(household);
		if (decided != null) {
			return decided;
		}
		return households.name(household.value()).orElseThrow(() -> new NotFoundException("household " + household));
	}

}

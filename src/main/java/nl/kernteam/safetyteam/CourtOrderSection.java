package nl.kernteam.safetyteam;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team: the court orders per child, running first,
 * each with today's warnings (in words, not colour alone), and the way to the legal
 * track.
 */
@Component
class CourtOrderSection implements HouseholdPageSection {

	private final CourtOrderQueries queries;

	CourtOrderSection(CourtOrderQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 46;
	}

	@Override
	public String template() {
		return "safetyteam/court-orders-section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("orders", queries.ofHousehold(decided.actor(), decided.household()).items(), "householdId",
				decided.household().value());
	}

}

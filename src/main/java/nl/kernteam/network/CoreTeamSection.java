package nl.kernteam.network;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page: the contact person, the director, the core team and a count of
 * the wider network.
 */
@Component
class CoreTeamSection implements HouseholdPageSection {

	private final NetworkQueries queries;

	CoreTeamSection(NetworkQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "network/core-team";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.NETWORK;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("network", queries.network(decided.actor(), decided.household()));
	}

}

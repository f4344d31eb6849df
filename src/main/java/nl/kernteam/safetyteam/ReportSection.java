package nl.kernteam.safetyteam;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team: reports to Veilig Thuis, their running clocks
 * soonest first (overdue in words, not colour alone) and the feedback given.
 */
@Component
class ReportSection implements HouseholdPageSection {

	private final ReportQueries queries;

	ReportSection(ReportQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "safetyteam/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("reports", queries.ofHousehold(decided.actor(), decided.household()), "householdId",
				decided.household().value());
	}

}

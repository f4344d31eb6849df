package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team: how many items are kept from a family member
 * now, and the way to the withholding page.
 */
@Component
class WithholdingSection implements HouseholdPageSection {

	private final Withholdings withholdings;

	WithholdingSection(Withholdings withholdings) {
		this.withholdings = withholdings;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "portal/withholding-section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.WITHHOLDINGS;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("running", withholdings.running(decided.actor(), decided.household()), "householdId",
				decided.household().value());
	}

}

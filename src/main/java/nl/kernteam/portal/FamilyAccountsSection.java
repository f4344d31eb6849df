package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Who of the family has their own Kernteam, on the household page for the core team; the
 * contact person invites, gives a new code and ends accounts from here.
 */
@Component
class FamilyAccountsSection implements HouseholdPageSection {

	private final FamilyAccountManagement management;

	FamilyAccountsSection(FamilyAccountManagement management) {
		this.management = management;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "portal/accounts-section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.FAMILY_ACCOUNTS;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("accounts", management.overview(decided.actor(), decided.household()));
	}

}

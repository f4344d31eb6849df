package nl.kernteam.safetyteam;

import java.util.Map;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.network.NetworkPageSection;
import org.springframework.stereotype.Component;

/**
 * On a household's network page: the expertise asked, who joined and until when, the
 * answers; and for the contact person and the director the way to ask. Left out for
 * whoever may not read it (a partner: the questions are the core team's).
 */
@Component
class ExpertiseRequestSection implements NetworkPageSection {

	private final ExpertiseRequestQueries queries;

	private final HouseholdAccess access;

	ExpertiseRequestSection(ExpertiseRequestQueries queries, HouseholdAccess access) {
		this.queries = queries;
		this.access = access;
	}

	@Override
	public String template() {
		return "safetyteam/network-section";
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		if (!decided.mayRead(HouseholdItem.of("expertise-requests"))) {
			return Map.of();
		}
		var actor = decided.actor();
		var household = decided.household();
		return Map.of("householdId", household.value(), "requests", queries.ofHousehold(actor, household), "asks",
				access.mayAdd(actor, household, HouseholdItem.NETWORK_MANAGEMENT), "me", actor.professionalId());
	}

}

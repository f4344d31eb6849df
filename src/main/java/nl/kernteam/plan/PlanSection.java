package nl.kernteam.plan;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page: the plan's phase, its agreements at a glance (overdue first) and
 * the next evaluation.
 */
@Component
class PlanSection implements HouseholdPageSection {

	private final PlanQueries queries;

	PlanSection(PlanQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "plan/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.PLAN;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("plan", queries.plan(decided.actor(), decided.household()));
	}

}

package nl.kernteam.household;

import java.util.Map;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * "Mijn gezinnen" on the start page: the households the professional works with, last
 * changed first.
 */
@Component
class MyHouseholdsSection implements StartPageSection {

	private final HouseholdQueries queries;

	MyHouseholdsSection(HouseholdQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "household/my-households";
	}

	@Override
	public Map<String, Object> model(Actor actor) {
		return Map.of("households", queries.list(actor, "", new PageOf.Request(0, 8)));
	}

}

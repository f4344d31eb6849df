package nl.kernteam.plan;

import java.util.Map;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * On the start page: my agreements due soon or overdue, overdue ones in my households,
 * next evaluations.
 */
@Component
class MyWorkSection implements StartPageSection {

	private final PlanQueries queries;

	MyWorkSection(PlanQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String template() {
		return "plan/my-work";
	}

	@Override
	public Map<String, Object> model(Actor actor) {
		return Map.of("work", queries.myWork(actor));
	}

}

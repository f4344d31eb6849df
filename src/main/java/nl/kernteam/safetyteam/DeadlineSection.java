package nl.kernteam.safetyteam;

import java.util.Map;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * On the start page: the running statutory clocks of my households and my organisation,
 * soonest first; hidden when none run.
 */
@Component
class DeadlineSection implements StartPageSection {

	static final int SHOWN = 10;

	private final ReportQueries queries;

	DeadlineSection(ReportQueries queries) {
		this.queries = queries;
	}

	@Override
	public int order() {
		return 4;
	}

	@Override
	public String template() {
		return "safetyteam/deadlines";
	}

	@Override
	public Map<String, Object> model(Actor actor) {
		if (!actor.hasRole(Role.PROFESSIONAL)) {
			return null;
		}
		var deadlines = queries.deadlines(actor, new PageOf.Request(0, SHOWN));
		return deadlines.items().isEmpty() ? null : Map.of("deadlines", deadlines);
	}

}

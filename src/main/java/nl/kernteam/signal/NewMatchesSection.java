package nl.kernteam.signal;

import java.util.Map;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import nl.kernteam.shared.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * "Nieuwe matches" on the start page: matches of the last 30 days; hidden when there are
 * none.
 */
@Component
class NewMatchesSection implements StartPageSection {

	private final SignalQueries queries;

	private final RoleAccess roles;

	NewMatchesSection(SignalQueries queries, RoleAccess roles) {
		this.queries = queries;
		this.roles = roles;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "signal/new-matches";
	}

	@Override
	public Map<String, Object> model(Actor actor) {
		if (!roles.holds(actor, Role.PROFESSIONAL)) {
			return null;
		}
		var matches = queries.newMatches(actor, 5);
		return matches.total() == 0 ? null : Map.of("matches", matches);
	}

}

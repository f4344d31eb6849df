package nl.kernteam.learning;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.stereotype.Component;

/**
 * What only a team lead of an organisation reads (the team's rhythm of reflection and
 * intervision, the startfoto): the role as the one access decision answers it.
 */
@Component
class TeamLeadOnly {

	private final RoleAccess roles;

	TeamLeadOnly(RoleAccess roles) {
		this.roles = roles;
	}

	/**
	 * @throws ForbiddenException unless the actor is a team lead with an organisation
	 */
	void require(Actor actor) {
		roles.require(actor, "learning.measures.forbidden", Role.TEAM_LEAD);
		if (actor.organisationId() == null) {
			throw new ForbiddenException("learning.measures.forbidden");
		}
	}

}

package nl.kernteam.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, and for which organisation. Every read and write of family data is done
 * by an actor and logged under its name and organisation.
 *
 * @param professionalId the professional's account id
 * @param name the professional's display name
 * @param organisationId the organisation the professional works for; {@code null} only
 * for the functional administrator that Kernteam creates itself
 * @param organisationName name of that organisation at the time of acting
 * @param organisationType type of that organisation, {@code null} with no organisation
 * @param roles the professional's roles
 */
public record Actor(UUID professionalId, String name, UUID organisationId, String organisationName,
		OrganisationType organisationType, Set<Role> roles) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean worksForLocalTeam() {
		return organisationType == OrganisationType.LOCAL_TEAM;
	}
}

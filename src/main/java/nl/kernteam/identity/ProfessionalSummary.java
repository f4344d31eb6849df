package nl.kernteam.identity;

import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;

/**
 * A professional as other modules and pages show it, with the organisation they work for.
 */
public record ProfessionalSummary(UUID id, String username, String name, UUID organisationId, String organisationName,
		OrganisationType organisationType, Set<Role> roles, String email, String phone, boolean active,
		boolean locked) {

	public boolean worksForLocalTeam() {
		return organisationType == OrganisationType.LOCAL_TEAM;
	}
}

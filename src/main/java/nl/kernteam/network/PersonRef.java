package nl.kernteam.network;

import java.time.Instant;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;

/**
 * A professional in a role around a household (contact person, director), with how to
 * reach them.
 */
public record PersonRef(UUID professionalId, String name, String organisationName, OrganisationType organisationType,
		String phone, String email, Instant since) {
}

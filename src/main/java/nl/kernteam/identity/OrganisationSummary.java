package nl.kernteam.identity;

import java.util.UUID;

import nl.kernteam.shared.OrganisationType;

/** An organisation as other modules and pages show it. */
public record OrganisationSummary(UUID id, String name, OrganisationType type, String phone, String email) {
}

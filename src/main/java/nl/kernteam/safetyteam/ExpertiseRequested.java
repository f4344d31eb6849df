package nl.kernteam.safetyteam;

import java.util.UUID;

/**
 * A request reached an organisation's duty queue: its professionals are told, without the
 * household (they may not see it yet).
 *
 * @param requestingOrganisation the organisation of the contact person or director who
 * asked
 */
public record ExpertiseRequested(UUID requestId, UUID organisationId, String requestingOrganisation) {
}

package nl.kernteam.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A current relation as pages and the API show it. {@code fromName} is the member's or
 * the guardian agency's name.
 */
public record RelationDetails(UUID id, UUID fromMemberId, UUID guardianOrganisationId, String fromName, UUID toMemberId,
		String toName, RelationKind kind, boolean parentalAuthority, LocalDate authoritySince) {
}

package nl.kernteam.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Record a relation between two members of a household, or a certified agency as a
 * child's guardian.
 *
 * @param id chosen by the client so that a double submit records one relation; may be
 * null
 * @param fromMemberId the parent, guardian, grandparent, ...; null when an agency is the
 * guardian
 * @param guardianOrganisationId the certified agency that is guardian
 * ({@code GUARDIAN_OF} only)
 * @param parentalAuthority gezag: only with {@code PARENT_OF} and {@code GUARDIAN_OF}
 * @param authoritySince since when, if known
 */
public record AddRelation(UUID id, UUID fromMemberId, UUID guardianOrganisationId,
		@NotNull(message = "{household.relation.to.required}") UUID toMemberId,
		@NotNull(message = "{household.relation.kind.required}") RelationKind kind, Boolean parentalAuthority,
		@PastOrPresent(
				message = "{household.relation.authoritySince.future}") @PlausibleDate LocalDate authoritySince) {

	public AddRelation {
		parentalAuthority = Boolean.TRUE.equals(parentalAuthority);
	}
}

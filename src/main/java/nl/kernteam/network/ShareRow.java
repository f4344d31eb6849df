package nl.kernteam.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.SharedItem;

/**
 * One share with a partner, running or ended, as pages and the API show it.
 *
 * @param consentOf the members who consented, with their names as they were when they
 * consented
 * @param until the last day of the share, if it has one
 * @param revokedAt when it was revoked; {@code null} while not revoked
 * @param active running now: not revoked, not past {@code until}, and the partner still
 * involved
 */
public record ShareRow(UUID id, UUID involvementId, UUID professionalId, String partnerName, String organisationName,
		SharedItem what, LegalBasis legalBasis, List<Consent> consentOf, String explanation, Instant sharedAt,
		String sharedBy, LocalDate until, Instant revokedAt, String revokedBy, boolean active) {

	/** A member who consented. */
	public record Consent(UUID memberId, String name) {
	}
}

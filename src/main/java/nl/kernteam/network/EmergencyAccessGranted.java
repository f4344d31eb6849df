package nl.kernteam.network;

import java.time.Instant;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * A professional outside the network broke the glass. Published inside the granting
 * transaction, so the contact person is told exactly when the access exists.
 *
 * @param contactPersonId the household's contact person at that moment; {@code null} if
 * it has none
 */
public record EmergencyAccessGranted(HouseholdId householdId, Actor grantedTo, ProfessionalId contactPersonId,
		Instant expiresAt) {
}

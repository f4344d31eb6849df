package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.SharedItem;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * A share with a partner was ended before its time. Published inside the revoking
 * transaction.
 */
public record ShareRevoked(HouseholdId householdId, ProfessionalId partnerId, SharedItem what, Actor revokedBy) {
}

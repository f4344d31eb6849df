package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.SharedItem;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * Something was shared with a partner on a legal basis. Published inside the sharing
 * transaction.
 */
public record ShareGranted(HouseholdId householdId, ProfessionalId partnerId, SharedItem what, Actor sharedBy) {
}

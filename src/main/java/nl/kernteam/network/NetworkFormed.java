package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * A newly registered household has its first network: the registrant is involved and the
 * contact person is appointed. Published inside the registering transaction, after
 * {@code household.HouseholdRegistered} was handled here; listeners that need the contact
 * person listen to this event, not to the registration, so the order is stated by the
 * events instead of by listener order numbers.
 */
public record NetworkFormed(HouseholdId householdId, ProfessionalId contactPersonId) {
}

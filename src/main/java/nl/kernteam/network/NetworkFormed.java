package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * A newly registered household has its first network: the registrant is involved and the
 * contact person is appointed. Published inside the registering transaction, after
 * {@code household.HouseholdRegistered} was handled here; listeners that need the contact
 * person listen to this event, not to the registration, so the order is stated by the
 * events instead of by listener order numbers.
 *
 * @param registeredBy who registered the household: when they named someone else as
 * contact person, that person is told (a first contact person is no handover)
 */
public record NetworkFormed(HouseholdId householdId, ProfessionalId contactPersonId, Actor registeredBy) {

	/** Whether the registrant is the contact person themselves. */
	public boolean selfAppointed() {
		return contactPersonId.value().equals(registeredBy.professionalId());
	}

}

package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * Someone other than the contact person was appointed to direct the network. Published
 * inside the changing transaction.
 */
public record DirectorAppointed(HouseholdId householdId, ProfessionalId professionalId, Actor appointedBy) {
}

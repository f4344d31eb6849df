package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * A manager of the network added a professional to it. Published inside the changing
 * transaction; the notification module tells the professional before it commits.
 */
public record ProfessionalAdded(HouseholdId householdId, ProfessionalId professionalId, Actor addedBy) {
}

package nl.kernteam.safetyteam;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * A request's time box ended and with it the professional's involvement.
 */
public record ExpertiseRequestEnded(UUID requestId, HouseholdId householdId, ProfessionalId professionalId,
		ProfessionalId contactPersonId) {
}

package nl.kernteam.safetyteam;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * The organisation declined a request; nobody joined. The contact person is told.
 */
public record ExpertiseRequestDeclined(UUID requestId, HouseholdId householdId, String organisationName,
		ProfessionalId contactPersonId) {
}

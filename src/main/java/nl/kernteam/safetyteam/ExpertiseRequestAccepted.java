package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * The organisation accepted a request: {@code professionalId} joined the core team until
 * the time box ends. The contact person is told.
 */
public record ExpertiseRequestAccepted(UUID requestId, HouseholdId householdId, ProfessionalId professionalId,
		String professionalName, String organisationName, ProfessionalId contactPersonId, LocalDate until) {
}

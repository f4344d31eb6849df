package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * A request's time box ends soon: the professional who joined and the contact person are
 * reminded to extend it or to round off.
 */
public record ExpertiseRequestEndingSoon(UUID requestId, HouseholdId householdId, ProfessionalId professionalId,
		ProfessionalId contactPersonId, LocalDate until) {
}

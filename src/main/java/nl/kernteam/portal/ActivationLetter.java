package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The letter with a one-time code, to print or to read out to the family member.
 *
 * @param contactPerson who to call with questions; {@code null} without one
 */
public record ActivationLetter(UUID householdId, String memberName, String activationCode, LocalDate validUntil,
		FamilyHousehold.ContactPerson contactPerson) {
}

package nl.kernteam.portal;

import java.util.UUID;

/**
 * A family member sent a message to the household's contact person; published in the
 * transaction that stores it, so that a notification is written with it.
 *
 * @param contactPersonId the contact person now, {@code null} when the household has none
 * @param memberName who of the family wrote
 */
public record FamilyMessageSent(UUID householdId, UUID messageId, UUID contactPersonId, String memberName) {
}

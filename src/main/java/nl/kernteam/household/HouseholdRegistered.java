package nl.kernteam.household;

import nl.kernteam.shared.Actor;
import java.util.UUID;

/**
 * A household was registered. Published inside the registering transaction: the network
 * module makes the registering professional involved and appoints the contact person
 * before it commits.
 */
public record HouseholdRegistered(HouseholdId householdId, Actor registeredBy, UUID contactPersonId, String reason) {
}

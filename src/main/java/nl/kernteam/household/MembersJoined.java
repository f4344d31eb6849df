package nl.kernteam.household;

import java.util.Set;

/**
 * People with a BSN joined an existing household (a member added, or a BSN added or
 * corrected). Published inside the changing transaction with the keyed fingerprints of
 * their BSNs, never the numbers.
 */
public record MembersJoined(HouseholdId householdId, Set<String> bsnFingerprints) {
}

package nl.kernteam.household;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What is shared, at a moment, with one professional in a household's network
 * (implemented by the network module).
 */
public interface HouseholdShares {

	Set<SharedItem> sharedWith(HouseholdId household, UUID professionalId, Instant at);

}

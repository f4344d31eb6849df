package nl.kernteam.network;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdShares;
import nl.kernteam.household.SharedItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What runs, at a moment, for one professional: asked of the database every time (no
 * cache), so that a revoked share or an ended involvement counts from the very instant it
 * was recorded.
 */
@Component
class NetworkShares implements HouseholdShares {

	private final ShareRepository shares;

	NetworkShares(ShareRepository shares) {
		this.shares = shares;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<SharedItem> sharedWith(HouseholdId household, UUID professionalId, Instant at) {
		return professionalId == null ? Set.of() : shares.sharedWith(household.value(), professionalId, at);
	}

}

package nl.kernteam.network;

import java.time.Clock;
import java.util.List;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a household's shares. Everyone who sees the household sees what is shared with whom, except a partner, who
 * sees only what is shared with themselves (unless they direct the network): another partner's shares (and the consent behind them) are not a
 * partner's business.
 */
@Service
@Transactional
public class ShareQueries {

	private final ShareRepository shares;

	private final HouseholdAccess access;

	private final NetworkRepository network;

	private final Clock clock;

	ShareQueries(ShareRepository shares, NetworkRepository network, HouseholdAccess access, Clock clock) {
		this.shares = shares;
		this.network = network;
		this.access = access;
		this.clock = clock;
	}

	/** The household's shares that the actor may see, running and ended, newest first. */
	public List<ShareRow> shares(Actor actor, HouseholdId household) {
		access.read(actor, household, "shares");
		var now = clock.instant();
		boolean partner = shares.involvementRole(household.value(), actor.professionalId())
			.filter(role -> role == InvolvementRole.PARTNER).isPresent()
				&& !network.manages(household.value(), actor.professionalId(), now); // a partner may be the director
		return shares.forHousehold(household.value(), partner ? actor.professionalId() : null, now);
	}
}

package nl.kernteam.network;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.FamilyNetwork;
import org.springframework.stereotype.Component;

/**
 * The current involvements of several households, in one query on the index on
 * involvement by household.
 */
@Component
class NetworkAroundFamilies implements FamilyNetwork {

	private final FamilyNetworkQueries network;

	NetworkAroundFamilies(FamilyNetworkQueries network) {
		this.network = network;
	}

	@Override
	public List<Person> around(Collection<UUID> households) {
		if (households.isEmpty()) {
			return List.of();
		}
		return network.currentInvolvements(households);
	}

}

package nl.kernteam.network;

import java.util.List;

/**
 * What one person in the network sees, in words the contact person can explain to the
 * family: the core team, the director and experts brought in see everything; a partner
 * sees the members, the network, the plan's agreements and notes for the whole network,
 * plus what is shared with them; someone from the family's own circle has no account.
 *
 * @param sharesKnown whether the reader may see this person's shares (a partner sees only
 * their own)
 * @param shares the shares running now, when known
 */
record Sight(InvolvementRow involvement, Kind kind, boolean sharesKnown, List<ShareRow> shares) {

	enum Kind {

		EVERYTHING, PARTNER, INFORMAL

	}

	static List<Sight> of(NetworkDetails network, ShareQueries.VisibleShares visible) {
		return network.current().stream().map(i -> {
			Kind kind = i.informal() ? Kind.INFORMAL
					: i.role() == InvolvementRole.PARTNER && !network.isManagedBy(i.professionalId()) ? Kind.PARTNER
							: Kind.EVERYTHING;
			boolean known = kind == Kind.PARTNER && visible.known(i);
			var running = known
					? visible.items().stream().filter(s -> s.active() && s.involvementId().equals(i.id())).toList()
					: List.<ShareRow>of();
			return new Sight(i, kind, known, running);
		}).toList();
	}

	public boolean partner() {
		return kind == Kind.PARTNER;
	}
}

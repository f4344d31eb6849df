package nl.kernteam.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilySystemQueries;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.RelationDetails;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a household's shares. Everyone who sees the household sees what is shared with
 * whom, except a partner, who sees only what is shared with themselves (unless they
 * direct the network): another partner's shares, and the consent behind them, are not a
 * partner's business.
 */
@Service
@Transactional
public class ShareQueries {

	private final ShareRepository shares;

	private final NetworkQueries networkQueries;

	private final HouseholdAccess access;

	private final HouseholdQueries households;

	private final FamilySystemQueries familySystem;

	private final ShareManagers managers;

	private final Clock clock;

	ShareQueries(ShareRepository shares, NetworkQueries networkQueries, HouseholdAccess access,
			HouseholdQueries households, FamilySystemQueries familySystem, ShareManagers managers, Clock clock) {
		this.shares = shares;
		this.networkQueries = networkQueries;
		this.access = access;
		this.households = households;
		this.familySystem = familySystem;
		this.managers = managers;
		this.clock = clock;
	}

	/** The household's shares that the actor may see, running and ended, newest first. */
	public List<ShareRow> shares(Actor actor, HouseholdId household) {
		return visible(actor, household).items();
	}

	VisibleShares visible(Actor actor, HouseholdId household) {
		access.read(actor, household, "shares");
		var now = clock.instant();
		UUID onlyOf = access.partnerOnly(actor, household) ? actor.professionalId() : null;
		return new VisibleShares(shares.forHousehold(household.value(), onlyOf, now), onlyOf);
	}

	/**
	 * The network page in one transaction (one access-log row): the network, the members,
	 * and per current involvement what that person sees and on which basis; at an earlier
	 * date ({@code on}), the network only.
	 */
	NetworkPage networkPage(Actor actor, HouseholdId household, LocalDate on) {
		var details = networkQueries.network(actor, household, on);
		var members = households.details(actor, household).members();
		var sights = on == null ? Sight.of(details, visible(actor, household)) : List.<Sight>of();
		return new NetworkPage(details, members, sights);
	}

	/**
	 * What the share form offers: the current partners, the members and who holds
	 * parental authority.
	 */
	ShareForm form(Actor actor, HouseholdId household) {
		var details = networkQueries.network(actor, household);
		managers.require(actor, household, AccessAction.READ, "share");
		var partners = details.current().stream().filter(i -> i.role() == InvolvementRole.PARTNER).toList();
		return new ShareForm(details, partners, households.details(actor, household).members(),
				familySystem.relations(actor, household), AmsterdamTime.today(clock));
	}

	/**
	 * Shares the actor may see; {@code onlyOf}: a partner's own professional id, when
	 * only their own are visible.
	 */
	record VisibleShares(List<ShareRow> items, UUID onlyOf) {

		boolean known(InvolvementRow involvement) {
			return onlyOf == null || onlyOf.equals(involvement.professionalId());
		}
	}

	record NetworkPage(NetworkDetails network, List<MemberDetails> members, List<Sight> sights) {
	}

	record ShareForm(NetworkDetails network, List<InvolvementRow> partners, List<MemberDetails> members,
			List<RelationDetails> relations, LocalDate today) {
	}

}

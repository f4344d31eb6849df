package nl.kernteam.portal;

import java.time.Instant;
import java.util.EnumSet;

import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdClosure;
import nl.kernteam.household.HouseholdClosures;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.FamilyMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's home page as one unit of work (issue 19, as the professionals' pages): one
 * transaction, one access decision for everything it shows (the household, and the court
 * card read as the court page is), one access-log row naming both, the member's
 * {@link FamilySight} worked out once, one commit. It was four transactions with two
 * decisions, two log rows and the sight worked out twice.
 */
@Component
@Transactional
class FamilyHomePage {

	private final FamilyAccess access;

	private final FamilyQueries family;

	private final FamilyCourtOrders courtOrders;

	private final HouseholdClosures closures;

	FamilyHomePage(FamilyAccess access, FamilyQueries family, FamilyCourtOrders courtOrders,
			HouseholdClosures closures) {
		this.access = access;
		this.family = family;
		this.courtOrders = courtOrders;
		this.closures = closures;
	}

	Home read(FamilyMember member) {
		var items = EnumSet.copyOf(FamilyQueries.HOUSEHOLD_ITEMS);
		items.add(HouseholdItem.LEGAL_TRACK);
		var granted = access.readAll(member, items, FamilyQueries.HOUSEHOLD_RESOURCES + ",court-orders");
		var viewer = family.viewer(member);
		var legal = courtOrders.read(member, granted, viewer);
		var household = HouseholdId.of(member.householdId());
		return new Home(family.read(member, granted, viewer), closures.closure(household).orElse(null),
				closures.lastReopened(household).orElse(null), legal.raadAsked() || !legal.orders().isEmpty());
	}

	/**
	 * What the home page shows.
	 *
	 * @param closure the closure while the file is closed, else {@code null}
	 * @param reopenedAt when the file was last reopened, {@code null} if never
	 * @param legalTrack whether the legal track has begun, as this member may see it:
	 * orders about children whose matters they see, or the Raad asked
	 */
	record Home(FamilyHousehold household, HouseholdClosure closure, Instant reopenedAt, boolean legalTrack) {
	}

}

package nl.kernteam.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.portal.FamilySight.Aspect;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family sees of the legal track (safetyteam's published views): the court
 * orders about the children whose matters this member sees ({@link FamilySight}, an order
 * is a matter of its child), and whether the Raad was asked to investigate, which brings
 * the legal-aid information. One logged read per page.
 */
@Component
@Transactional
class FamilyCourtOrders {

	private final FamilyAccess access;

	private final FamilyCourtOrderRepository repository;

	private final FamilyQueries family;

	private final Clock clock;

	FamilyCourtOrders(FamilyAccess access, FamilyCourtOrderRepository repository, FamilyQueries family, Clock clock) {
		this.access = access;
		this.repository = repository;
		this.family = family;
		this.clock = clock;
	}

	Overview of(FamilyMember member) {
		return read(member, access.read(member, HouseholdItem.LEGAL_TRACK, "court-orders"), family.viewer(member));
	}

	/**
	 * The overview as {@link #of} reads it, for a page that has made its one access
	 * decision and logged it already ({@link FamilyHomePage}).
	 * @param granted the page's decision for this member's household, covering the legal
	 * track
	 */
	Overview read(FamilyMember member, HouseholdAccess.Grant granted, FamilySight.Viewer viewer) {
		FamilyGrants.require(member, granted);
		LocalDate today = AmsterdamTime.today(clock);
		var orders = repository.orders(member.householdId())
			.stream()
			.filter(o -> viewer.sees(o.childMemberId(), Aspect.MATTER))
			.map(o -> new Order(o.childName(), o.kind(), o.startsOn(), o.endsOn(),
					o.stoppedOn() == null && !o.endsOn().isBefore(today)))
			.toList();
		return new Overview(orders, repository.raadAsked(member.householdId()));
	}

	/**
	 * An order as the family reads it: whose, which, from when until when, still running.
	 */
	record Order(String childName, String kind, LocalDate startsOn, LocalDate endsOn, boolean running) {
	}

	record Overview(List<Order> orders, boolean raadAsked) {
	}

}

package nl.kernteam.portal;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.assessment.FamilyAssessmentQueries;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.plan.PlanQueries;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.FamilyMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a family member reads of their own household, each read through
 * {@link FamilyAccess} and so in the access log.
 */
@Service
@Transactional
class FamilyQueries {

	private final FamilyAccess access;

	private final PortalRepository portal;

	private final AccessLog accessLog;

	private final WithholdingRepository withholdings;

	private final FamilyAssessmentQueries assessments;

	private final PlanQueries plans;

	private final Clock clock;

	FamilyQueries(FamilyAccess access, PortalRepository portal, AccessLog accessLog, WithholdingRepository withholdings,
			FamilyAssessmentQueries assessments, PlanQueries plans, Clock clock) {
		this.access = access;
		this.portal = portal;
		this.accessLog = accessLog;
		this.withholdings = withholdings;
		this.assessments = assessments;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * Everything the member sees of their household (see {@link FamilyHousehold}), each
	 * kind of data read through {@link FamilyAccess}; what {@link FamilySight} or a
	 * withholding keeps from them left out. The expertise requests are who was asked to
	 * help: read as part of the network, and named in the one log row.
	 */
	FamilyHousehold household(FamilyMember member) {
		return read(member, access.readAll(member, HOUSEHOLD_ITEMS, HOUSEHOLD_RESOURCES), viewer(member));
	}

	/** The kinds of data {@link #household} reads. */
	static final Set<HouseholdItem> HOUSEHOLD_ITEMS = Collections
		.unmodifiableSet(EnumSet.of(HouseholdItem.HOUSEHOLD, HouseholdItem.MEMBERS, HouseholdItem.NETWORK,
				HouseholdItem.ASSESSMENTS, HouseholdItem.PLAN, HouseholdItem.SHARES));

	/** What the log row of {@link #household} names. */
	static final String HOUSEHOLD_RESOURCES = "household,members,network,assessments,plan,shares,expertise-requests";

	/**
	 * The household as {@link #household} reads it, for a page that has made its one
	 * access decision and logged it already ({@link FamilyHomePage}).
	 * @param granted the page's decision for this member's household, covering
	 * {@link #HOUSEHOLD_ITEMS}
	 */
	FamilyHousehold read(FamilyMember member, HouseholdAccess.Grant granted, FamilySight.Viewer viewer) {
		FamilyGrants.require(member, granted);
		UUID household = member.householdId();
		var basics = portal.household(household);
		var kept = withholdings.keptFrom(household, member.memberId());
		var picture = new FamilyPicture(viewer, kept);
		var saved = assessments.ofHousehold(HouseholdId.of(household));
		return new FamilyHousehold(basics.name(), basics.contactPerson(), basics.members(), portal.network(household),
				picture.assessments(saved), picture.scales(saved),
				picture.plan(plans.forFamily(HouseholdId.of(household))),
				picture.signalledBy(portal.signals(household)), portal.shares(household), FamilyPicture.RIGHTS,
				kept.count(), kept.reasons(), portal.expertiseRequests(household));
	}

	/** The member as a viewer of their family ({@link FamilySight}). */
	FamilySight.Viewer viewer(FamilyMember member) {
		var family = portal.family(member.householdId(), member.memberId());
		return new FamilySight.Viewer(member.memberId(), family.births(), family.withAuthority(),
				family.withoutAuthority(), withholdings.allowedBy(member.householdId(), member.memberId()),
				AmsterdamTime.today(clock));
	}

	/** Who looked at the file: one page of the household's access log, newest first. */
	FamilyLog accessLog(FamilyMember member, AccessLogPage.Request request) {
		access.read(member, HouseholdItem.ACCESS_LOG, "access-log");
		var page = accessLog.forHousehold(member.householdId(), request);
		return new FamilyLog(page.items().stream().map(entry -> FamilyLogEntry.of(entry, member.name())).toList(),
				page.total(), page.older());
	}

	/**
	 * @param older the cursor of the next, older page; {@code null} on the last
	 */
	record FamilyLog(java.util.List<FamilyLogEntry> items, long total, String older) {
	}

}

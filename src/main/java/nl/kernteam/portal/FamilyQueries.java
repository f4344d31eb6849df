package nl.kernteam.portal;

import nl.kernteam.audit.AccessLog;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdItem;
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

	FamilyQueries(FamilyAccess access, PortalRepository portal, AccessLog accessLog) {
		this.access = access;
		this.portal = portal;
		this.accessLog = accessLog;
	}

	/**
	 * The household's name, who its contact person is and how to reach them, its members.
	 */
	FamilyHousehold household(FamilyMember member) {
		access.read(member, HouseholdItem.HOUSEHOLD, "household,members,network");
		return portal.household(member.householdId());
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

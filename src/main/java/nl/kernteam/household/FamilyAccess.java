package nl.kernteam.household;

import java.util.Set;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate for a family member to their own household's data, as {@link HouseholdAccess}
 * is for professionals: asks {@link AccessDecision#decideForFamily} and writes the
 * access-log row, with the member as its author and the deciding rule, in the caller's
 * transaction.
 *
 * @throws NotFoundException when the household does not exist
 * @throws ForbiddenException when the decision refuses (logged in a transaction of its
 * own)
 */
@Service
public class FamilyAccess {

	private final HouseholdRepository households;

	private final AccessDecision decision;

	private final AccessLog accessLog;

	FamilyAccess(HouseholdRepository households, AccessDecision decision, AccessLog accessLog) {
		this.households = households;
		this.decision = decision;
		this.accessLog = accessLog;
	}

	/** Permission to read this kind of data of the member's own household. */
	@Transactional(propagation = Propagation.MANDATORY)
	public HouseholdAccess.Grant read(FamilyMember member, HouseholdItem item, String resource) {
		return require(member, item, AccessAction.READ, resource);
	}

	/** Permission to add what the family adds ({@link HouseholdItem#FAMILY_VOICE}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public HouseholdAccess.Grant write(FamilyMember member, AccessAction action, String resource) {
		return require(member, HouseholdItem.FAMILY_VOICE, action, resource);
	}

	/**
	 * Permission to read several kinds of data at once, as a page does: one look at the
	 * household and the membership, one decision per kind, one access-log row.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public HouseholdAccess.Grant readAll(FamilyMember member, Set<HouseholdItem> items, String resource) {
		return require(member, items, AccessAction.READ, resource);
	}

	private HouseholdAccess.Grant require(FamilyMember member, HouseholdItem item, AccessAction action,
			String resource) {
		return require(member, Set.of(item), action, resource);
	}

	private HouseholdAccess.Grant require(FamilyMember member, Set<HouseholdItem> items, AccessAction action,
			String resource) {
		var household = HouseholdId.of(member.householdId());
		var stillMember = households.memberStanding(household.value(), member.memberId())
			.orElseThrow(() -> new NotFoundException("household " + household));
		String rule = null;
		for (HouseholdItem item : items) {
			var answer = decision.decideForFamily(member, household, stillMember, item, action);
			if (!answer.granted()) {
				accessLog.recordRefusal(AccessEvent.denied(member.asActor(), household.value(), action, resource)
					.because(answer.rule()));
				throw new ForbiddenException("portal.forbidden");
			}
			rule = answer.rule();
		}
		accessLog
			.record(AccessEvent.granted(member.asActor(), household.value(), action, resource, false).because(rule));
		return new HouseholdAccess.Grant(household, false);
	}

}

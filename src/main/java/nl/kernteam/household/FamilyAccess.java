package nl.kernteam.household;

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

	private HouseholdAccess.Grant require(FamilyMember member, HouseholdItem item, AccessAction action,
			String resource) {
		var household = HouseholdId.of(member.householdId());
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		boolean stillMember = households.hasMember(household.value(), member.memberId());
		var answer = decision.decideForFamily(member, household, stillMember, item, action);
		if (!answer.granted()) {
			accessLog.recordRefusal(
					AccessEvent.denied(member.asActor(), household.value(), action, resource).because(answer.rule()));
			throw new ForbiddenException("portal.forbidden");
		}
		accessLog.record(AccessEvent.granted(member.asActor(), household.value(), action, resource, false)
			.because(answer.rule()));
		return new HouseholdAccess.Grant(household, false);
	}

}

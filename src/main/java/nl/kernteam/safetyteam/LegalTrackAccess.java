package nl.kernteam.safetyteam;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.AccessDecision;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.Standing;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who records the legal track (court orders, requests to the Raad, placement decisions):
 * the contact person, the director, or a core-team member or expert of the regional
 * safety team (Veilig Thuis, the Raad, a certified agency). The household's own rule
 * comes first (outsiders, partners and emergency access are refused there); a refusal by
 * this rule is logged as {@code COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM}.
 */
@Component
class LegalTrackAccess {

	static final String RULE = "COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM";

	private final CourtOrderRepository orders;

	private final HouseholdAccess access;

	private final AccessDecision decision;

	private final AccessLog accessLog;

	LegalTrackAccess(CourtOrderRepository orders, HouseholdAccess access, AccessDecision decision,
			AccessLog accessLog) {
		this.orders = orders;
		this.access = access;
		this.decision = decision;
		this.accessLog = accessLog;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void mayRecord(Actor actor, HouseholdId household, AccessAction action, String resource) {
		var standing = decision.standing(actor, household);
		if ((standing == Standing.CORE_TEAM || standing == Standing.EXPERT)
				&& !orders.isRegionalSafetyTeam(actor.organisationId())) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource).because(RULE));
			throw new ForbiddenException("safetyteam.courtOrder.forbidden");
		}
		access.write(actor, household, action, resource);
	}

}

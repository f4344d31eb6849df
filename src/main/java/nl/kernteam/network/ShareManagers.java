package nl.kernteam.network;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.AccessDecision;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Whether the actor may share (the contact person and the director), asked of the access
 * decision before anything is changed, for the share form: opening a form writes nothing,
 * so {@code HouseholdAccess.write} does not fit.
 */
@Component
class ShareManagers {

	private final AccessDecision decision;

	private final AccessLog accessLog;

	ShareManagers(AccessDecision decision, AccessLog accessLog) {
		this.decision = decision;
		this.accessLog = accessLog;
	}

	/**
	 * @throws ForbiddenException when the decision refuses sharing; the refusal is logged
	 * with its rule
	 */
	void require(Actor actor, HouseholdId household, AccessAction action, String resource) {
		var answer = decision.decide(actor, household, HouseholdItem.SHARES, AccessAction.CREATE);
		if (!answer.granted()) {
			accessLog
				.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource).because(answer.rule()));
			throw decision.refusal(actor, household, answer);
		}
	}

}

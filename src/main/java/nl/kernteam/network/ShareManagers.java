package nl.kernteam.network;

import java.time.Clock;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/** Only the contact person and the director share and revoke; anyone else in the network is refused, and logged. */
@Component
class ShareManagers {

	private final NetworkRepository network;

	private final AccessLog accessLog;

	private final Clock clock;

	ShareManagers(NetworkRepository network, AccessLog accessLog, Clock clock) {
		this.network = network;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** @throws ForbiddenException for anyone but the contact person and the director; the refusal outlives the rollback */
	void require(Actor actor, HouseholdId household, AccessAction action, String resource) {
		if (!network.manages(household.value(), actor.professionalId(), clock.instant())) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource));
			throw new ForbiddenException("network.share.managersOnly");
		}
	}
}

package nl.kernteam.signal;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes the signals about its members along, active and archived, for
 * each member who is in no other household (a person still known elsewhere keeps them).
 */
@Component
class SignalDestructionListener {

	private final SignalDestructionRepository destructions;

	SignalDestructionListener(SignalDestructionRepository destructions) {
		this.destructions = destructions;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		event.destroyed("signal", destructions.deleteAbout(event.personFingerprints()));
	}

}

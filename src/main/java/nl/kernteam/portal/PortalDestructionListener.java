package nl.kernteam.portal;

import nl.kernteam.household.HouseholdDestructionDue;
import nl.kernteam.identity.FamilyAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A destroyed file takes the family's portal data along, and the family's accounts (kept
 * by identity, which knows no households to listen for).
 */
@Component
class PortalDestructionListener {

	private final PortalDestructionRepository destructions;

	private final FamilyAccounts accounts;

	PortalDestructionListener(PortalDestructionRepository destructions, FamilyAccounts accounts) {
		this.destructions = destructions;
		this.accounts = accounts;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		destructions.deleteAllOf(event.household().value(), event);
		event.destroyed("family_account", accounts.destroyAllOf(event.household().value()));
	}

}

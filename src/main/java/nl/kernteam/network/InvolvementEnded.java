package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * An involvement ended by someone's decision (not by a handover or a deactivation).
 * Published inside the ending transaction.
 *
 * @param professionalId whose involvement it was; {@code null} for an informal person
 */
public record InvolvementEnded(HouseholdId householdId, InvolvementId involvementId, ProfessionalId professionalId,
		Actor endedBy) {

	/** Whether the professional ended their own involvement. */
	public boolean self() {
		return professionalId != null && professionalId.value().equals(endedBy.professionalId());
	}
}

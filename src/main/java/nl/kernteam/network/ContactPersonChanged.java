package nl.kernteam.network;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.shared.Actor;

/**
 * A household was handed over to another contact person. Published inside the changing
 * transaction, not when a new household gets its first contact person (see
 * {@link NetworkFormed}).
 *
 * @param previousStaysInvolved whether the previous contact person stays in the network
 * (a warm handover)
 */
public record ContactPersonChanged(HouseholdId householdId, ProfessionalId previous, ProfessionalId next,
		String nextName, Actor changedBy, boolean previousStaysInvolved) {

	/**
	 * Whether the actor made themselves contact person: they gain full access, which is
	 * never silent.
	 */
	public boolean selfAppointed() {
		return next.value().equals(changedBy.professionalId());
	}
}

package nl.kernteam.identity;

import java.util.UUID;

/**
 * What a professional still carries for households, asked before an account is
 * deactivated. Owned here, implemented by the network module (a professional who is a
 * contact person must hand over first).
 */
public interface ProfessionalDuties {

	/**
	 * The first households of which the professional is the contact person, by name, with
	 * their total. Naming them is a read of family data, so it is logged for the actor
	 * who asks.
	 */
	nl.kernteam.shared.PageOf<Duty> contactPersonOf(nl.kernteam.shared.Actor actor, UUID professionalId);

	record Duty(UUID householdId, String householdName) {
	}

}

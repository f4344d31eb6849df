package nl.kernteam.signal;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;

/**
 * A professional whose signal matches a member of a Kernteam household is not in its
 * network: the household's contact person is asked to invite them. Published inside the
 * transaction that made the match.
 */
public record InvitationSuggested(HouseholdId householdId, ProfessionalId contactPersonId, ProfessionalId inviteeId,
		String inviteeName, String inviteeOrganisationName) {
}

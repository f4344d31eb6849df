package nl.kernteam.signal;

import nl.kernteam.identity.ProfessionalId;

/**
 * A professional's signal matches another organisation's signal: the professional should
 * learn who else is involved (only that, never a reason). Published inside the
 * transaction that made the match, once per professional, with the closest kind of match.
 */
public record MatchFound(ProfessionalId professionalId, MatchKind kind, String otherProfessionalName,
		String otherOrganisationName) {
}

package nl.kernteam.identity;

import java.util.UUID;

import nl.kernteam.shared.Actor;

/**
 * Published before a professional is deactivated, in the same transaction. A listener
 * that must keep its invariants (a household's contact person, say) throws to refuse the
 * deactivation.
 */
public record ProfessionalDeactivating(UUID professionalId, Actor by) {
}

package nl.kernteam.safetyteam;

import java.util.UUID;

/**
 * Accepting a request.
 *
 * @param professionalId who joins the core team: the caller when {@code null}, or a
 * colleague of the same organisation
 */
public record ExpertiseRequestAcceptance(UUID professionalId) {
}

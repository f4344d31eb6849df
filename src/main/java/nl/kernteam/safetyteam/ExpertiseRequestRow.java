package nl.kernteam.safetyteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request as the household's network sees it.
 *
 * @param organisationName the organisation asked
 * @param professionalId who joined, once accepted
 * @param declineReason why the organisation declined, if it did
 */
public record ExpertiseRequestRow(UUID id, UUID householdId, UUID organisationId, String organisationName,
		String question, ExpertiseRequestUrgency urgency, LocalDate until, ExpertiseRequestStatus status,
		String requestedBy, Instant requestedAt, UUID professionalId, String professionalName, String declineReason,
		String answer, Instant answeredAt) {

	public boolean accepted() {
		return status == ExpertiseRequestStatus.ACCEPTED;
	}

	public boolean running() {
		return status == ExpertiseRequestStatus.REQUESTED || status == ExpertiseRequestStatus.ACCEPTED;
	}

}

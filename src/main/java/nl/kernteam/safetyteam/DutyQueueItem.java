package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request in an organisation's duty queue: only what deciding on it needs, no household
 * data beyond the question.
 *
 * @param requestedBy the name of the contact person or director who asked
 * @param requestingOrganisation their organisation
 * @param professionalName who joined, once accepted
 */
public record DutyQueueItem(UUID id, UUID householdId, String question, ExpertiseRequestUrgency urgency,
		LocalDate until, ExpertiseRequestStatus status, String requestedBy, String requestingOrganisation,
		String professionalName) {

	public boolean open() {
		return status == ExpertiseRequestStatus.REQUESTED;
	}

}

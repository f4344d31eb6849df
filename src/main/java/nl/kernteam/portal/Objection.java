package nl.kernteam.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection, complaint or data request as the family and its handler see it.
 *
 * @param householdName for the handler's list; the family sees its own
 * @param dueOn the last day of the legal term
 */
public record Objection(UUID id, ObjectionKind kind, AboutKind aboutKind, String aboutId, String text,
		String authorName, Instant filedAt, LocalDate dueOn, ObjectionStatus status, String answer,
		String answeredByName, Instant answeredAt, UUID householdId, String householdName) {

	/** Not answered while the term has passed. */
	public boolean late(LocalDate today) {
		return status != ObjectionStatus.ANSWERED && today.isAfter(dueOn);
	}

}

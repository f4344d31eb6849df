package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A running clock in a list: whose household, which step, when it is due and whether that
 * day has passed.
 */
public record DeadlineRow(UUID householdId, String householdName, UUID reportId, DeadlineKind kind, LocalDate due,
		boolean overdue) {
}

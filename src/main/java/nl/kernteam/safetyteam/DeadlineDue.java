package nl.kernteam.safetyteam;

import java.time.LocalDate;

import nl.kernteam.household.HouseholdId;

/**
 * A statutory clock falls due today, or a running court order enters the weeks in which
 * its extension must be asked ({@link DeadlineKind#COURT_ORDER_ENDS}, {@code due} its
 * end). Published once a day by {@code DeadlineNotices}; ids and dates only.
 */
public record DeadlineDue(HouseholdId householdId, DeadlineKind kind, LocalDate due) {
}

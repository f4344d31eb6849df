package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A running clock in a list: whose household, which step, when it is due and whether that
 * day has passed. {@code reportId} names the report, or the court order for
 * {@link DeadlineKind#COURT_ORDER_ENDS}, whose kind and warnings today come along.
 */
public record DeadlineRow(UUID householdId, String householdName, UUID reportId, DeadlineKind kind, LocalDate due,
		boolean overdue, CourtOrderKind orderKind, List<CourtOrderWarning> warnings) {

	public DeadlineRow(UUID householdId, String householdName, UUID reportId, DeadlineKind kind, LocalDate due,
			boolean overdue) {
		this(householdId, householdName, reportId, kind, due, overdue, null, List.of());
	}

}

package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.PageOf;

/**
 * A team lead's view of the requests to their organisation and its running clocks, each
 * list paged on its own: what deciding who picks up what needs, no household data beyond
 * what the duty queue shows.
 *
 * @param waiting asked, not yet accepted or declined; most urgent first
 * @param accepted accepted and running beyond the reminder window; soonest end first
 * @param endingSoon accepted, the time box ends within the reminder window (or has passed
 * and the time box job has not ended it yet)
 * @param clocks the running statutory clocks of reports to the organisation, soonest
 * first
 * @param endingWithinDays the reminder window in days
 */
public record RequestOverview(PageOf<DutyQueueItem> waiting, PageOf<DutyQueueItem> accepted,
		PageOf<DutyQueueItem> endingSoon, PageOf<Clock> clocks, int endingWithinDays) {

	/**
	 * A running clock of a report to the organisation.
	 *
	 * @param daysLeft calendar days until due; negative when overdue
	 */
	public record Clock(UUID reportId, UUID householdId, DeadlineKind kind, ReportKind reportKind, boolean acute,
			LocalDate receivedOn, LocalDate due, boolean overdue, long daysLeft) {
	}

	/** The page of each list. */
	public record Pages(PageOf.Request waiting, PageOf.Request accepted, PageOf.Request endingSoon,
			PageOf.Request clocks) {

		public static Pages of(int waiting, int accepted, int endingSoon, int clocks, int size) {
			return new Pages(new PageOf.Request(waiting, size), new PageOf.Request(accepted, size),
					new PageOf.Request(endingSoon, size), new PageOf.Request(clocks, size));
		}
	}

}

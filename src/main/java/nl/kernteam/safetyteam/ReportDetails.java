package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A report or advice request to Veilig Thuis with its clocks and the feedback given. */
public record ReportDetails(UUID id, UUID organisationId, String organisationName, ReportKind kind,
		LocalDate receivedOn, boolean acute, LocalDate assessedOn, ReportOutcome outcome, LocalDate concludedOn,
		List<ReportDeadline> deadlines, List<Feedback> feedback) {

	/** Feedback to the reporter after a step. */
	public record Feedback(DeadlineKind step, LocalDate givenOn, String note) {
	}

	/** The reports of one household, and its running clocks soonest first. */
	public record OfHousehold(List<DeadlineRow> running, List<ReportDetails> reports) {
	}

}

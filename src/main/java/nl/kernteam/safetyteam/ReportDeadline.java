package nl.kernteam.safetyteam;

import java.time.LocalDate;

/**
 * One clock of a report.
 *
 * @param metOn the day its step was recorded; {@code null} while it runs
 */
public record ReportDeadline(DeadlineKind kind, LocalDate due, LocalDate metOn) {
}

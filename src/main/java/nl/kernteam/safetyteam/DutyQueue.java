package nl.kernteam.safetyteam;

import java.util.List;

/** The requests to one organisation: open ones first, the most urgent on top. */
public record DutyQueue(List<DutyQueueItem> items) {
}

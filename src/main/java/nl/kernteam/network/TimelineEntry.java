package nl.kernteam.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a household's timeline: a contact note, or a change in the network
 * (someone joined or left, a new contact person or director, an emergency access).
 *
 * @param type NOTE, INVOLVEMENT_STARTED, INVOLVEMENT_ENDED, CONTACT_PERSON, DIRECTOR,
 * EMERGENCY_ACCESS, ASSESSMENT, PLAN_VERSION, CLOSED, REOPENED (the file; {@code text}
 * the reason), SHARED, SHARE_ENDED (a share with a partner: {@code detail} is what was
 * shared, {@code text} the legal basis, or for its end REVOKED or EXPIRED,
 * {@code present} who consented, {@code occurredOn} the share's last day, {@code subject}
 * the partner), COURT_ORDER and COURT_ORDER_EXTENDED (safetyteam's
 * {@code court_order_timeline}, for whoever reads data the access decision does not name:
 * {@code detail} the order's kind, {@code occurredOn} the day decided, {@code text} the
 * (new) end, {@code subject} the child)
 * @param detail the note's kind, the involvement's role, the assessment's judgement or
 * the plan's phase
 * @param text the note's text or the reason given
 * @param subject who the change is about (the professional or person who joined, the new
 * contact person ...); for a plan version, its number; for a note, its audience
 * ({@code CORE_TEAM} or {@code NETWORK})
 */
public record TimelineEntry(String type, UUID id, Instant at, LocalDate occurredOn, String detail, String text,
		List<String> present, String actorName, String organisationName, String subject) {
}

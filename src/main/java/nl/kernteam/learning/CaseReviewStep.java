package nl.kernteam.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a reviewed household's history, as copied when the review started, with
 * what the review team added.
 *
 * @param kind REGISTERED, INVOLVEMENT_STARTED, INVOLVEMENT_ENDED, CONTACT_PERSON,
 * ASSESSMENT, COURT_MEASURE, PLAN_VERSION, EXPERTISE_REQUESTED, REPORT_RECEIVED,
 * COURT_ORDER, COURT_ORDER_EXTENDED, FAMILY_HEARD, CLOSED, REOPENED
 * @param detail the role, the safety judgement, the plan's phase, the type of
 * organisation asked for expertise, the report's kind, the court order's kind or the
 * family's score
 * @param actorId the professional who took the step ({@code null} for the family)
 * @param subjectId the professional the step is about (who joined, the new contact
 * person)
 * @param brought what the step brought the family, in the review team's words
 * @param familyView the family's own view of the step
 */
record CaseReviewStep(UUID id, int position, Instant at, String kind, String detail, UUID actorId, String actorName,
		String organisationName, String organisationType, UUID subjectId, String subjectName, String brought,
		String familyView) {
}

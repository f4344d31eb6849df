package nl.kernteam.audit;

import java.time.Instant;

/**
 * One row of a household's access log, as a privacy officer sees it. {@code basis} is the
 * rule that decided the access ({@code PARTNER_SHARED_ASSESSMENTS}, see the household
 * module's {@code AccessDecision}); null for rows written before the log recorded it.
 */
public record AccessLogEntry(Instant at, String actorName, String organisationName, AccessAction action,
		String resource, AccessOutcome outcome, boolean emergency, String basis) {

	/**
	 * Every resource type a row names: one page view that read several kinds of data is
	 * one row naming them all.
	 */
	public java.util.List<String> resourceTypes() {
		return java.util.Arrays.stream(resource.split(","))
			.map(String::trim)
			.filter(r -> !r.isEmpty())
			.map(r -> r.indexOf(':') < 0 ? r : r.substring(0, r.indexOf(':')))
			.distinct()
			.toList();
	}
}

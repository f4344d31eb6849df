package nl.kernteam.audit;

import java.time.Instant;

/** One row of a household's access log, as a privacy officer or the family sees it. */
public record AccessLogEntry(Instant at, String actorName, String organisationName, AccessAction action,
		String resource, AccessOutcome outcome, boolean emergency) {

	/** The resource type without its id, for the plain-language description. */
	public String resourceType() {
		int colon = resource.indexOf(':');
		return colon < 0 ? resource : resource.substring(0, colon);
	}
}

package nl.kernteam.audit;

import java.util.UUID;

import nl.kernteam.shared.Actor;

/**
 * One access to family data.
 *
 * @param householdId the household whose data was touched; {@code null} for a list across households
 * @param resource    which data, as {@code type} or {@code type:id} (for example {@code household},
 *                    {@code assessment:…}); never the content itself
 * @param emergency   true when the access was possible only through emergency access
 */
public record AccessEvent(Actor actor, UUID householdId, AccessAction action, String resource, AccessOutcome outcome,
		boolean emergency) {

	public static AccessEvent granted(Actor actor, UUID householdId, AccessAction action, String resource,
			boolean emergency) {
		return new AccessEvent(actor, householdId, action, resource, AccessOutcome.GRANTED, emergency);
	}

	public static AccessEvent denied(Actor actor, UUID householdId, AccessAction action, String resource) {
		return new AccessEvent(actor, householdId, action, resource, AccessOutcome.DENIED, false);
	}
}

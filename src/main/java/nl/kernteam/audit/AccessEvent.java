package nl.kernteam.audit;

import java.util.UUID;

import nl.kernteam.shared.Actor;

/**
 * One access to family data.
 *
 * @param householdId the household whose data was touched; {@code null} for a list across
 * households
 * @param resource which data, as {@code type} or {@code type:id} (for example
 * {@code household}, {@code assessment:…}); never the content itself
 * @param emergency true when the access was possible only through emergency access
 * @param basis the rule of the access decision that granted or refused it
 * ({@code CORE_TEAM}, {@code PARTNER_SHARED_ASSESSMENTS}, {@code OUTSIDE_NETWORK} ...);
 * {@code null} when none applies
 */
public record AccessEvent(Actor actor, UUID householdId, AccessAction action, String resource, AccessOutcome outcome,
		boolean emergency, String basis) {

	public AccessEvent(Actor actor, UUID householdId, AccessAction action, String resource, AccessOutcome outcome,
			boolean emergency) {
		this(actor, householdId, action, resource, outcome, emergency, null);
	}

	public static AccessEvent granted(Actor actor, UUID householdId, AccessAction action, String resource,
			boolean emergency) {
		return new AccessEvent(actor, householdId, action, resource, AccessOutcome.GRANTED, emergency);
	}

	public static AccessEvent denied(Actor actor, UUID householdId, AccessAction action, String resource) {
		return new AccessEvent(actor, householdId, action, resource, AccessOutcome.DENIED, false);
	}

	/** The same access, decided by this rule. */
	public AccessEvent because(String rule) {
		return new AccessEvent(actor, householdId, action, resource, outcome, emergency, rule);
	}
}

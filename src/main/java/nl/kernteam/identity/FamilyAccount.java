package nl.kernteam.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member's account, as the contact person sees it: never its password or code.
 *
 * @param username {@code null} until activated
 * @param codeExpiresAt when the open one-time code expires; {@code null} without one
 */
public record FamilyAccount(UUID id, UUID householdId, UUID memberId, String memberName, String username,
		UUID invitedBy, Instant invitedAt, Instant codeExpiresAt, Instant activatedAt, Instant endedAt,
		Instant lockedUntil, int version) {

	/** Where the account stands at this moment. */
	public Status status(Instant now) {
		if (endedAt != null) {
			return Status.ENDED;
		}
		if (lockedUntil != null && lockedUntil.isAfter(now)) {
			return Status.LOCKED;
		}
		if (codeExpiresAt != null) {
			if (!codeExpiresAt.isAfter(now)) {
				return Status.CODE_EXPIRED;
			}
			return activatedAt == null ? Status.INVITED : Status.NEW_CODE;
		}
		return Status.ACTIVE;
	}

	public enum Status {

		/** Invited, the code not used yet. */
		INVITED,
		/**
		 * A new code was given (a lost password); the old password still works until it
		 * is used.
		 */
		NEW_CODE,
		/** The code expired unused: a new one is needed. */
		CODE_EXPIRED,
		/** Logs in. */
		ACTIVE,
		/** Locked for a while after repeated wrong passwords. */
		LOCKED,
		/** Ended by the contact person; cannot log in. */
		ENDED

	}

}

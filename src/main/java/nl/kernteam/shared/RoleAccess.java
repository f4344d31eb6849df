package nl.kernteam.shared;

/**
 * The part of the one access decision that needs no household: whether an actor acts in
 * one of a few roles (team lead, privacy officer, functional administrator,
 * professional). Implemented by {@code household.AccessDecision}, so that the role checks
 * of every module and {@code RoleGuard} ask the same place as the household checks.
 */
public interface RoleAccess {

	/** Whether the actor holds one of the roles; {@code false} without an actor. */
	boolean holds(Actor actor, Role... anyOf);

	/**
	 * Refuses with a 403 carrying this message key unless the actor holds one of the
	 * roles.
	 */
	default void require(Actor actor, String messageKey, Role... anyOf) {
		if (!holds(actor, anyOf)) {
			throw new ForbiddenException(messageKey);
		}
	}

}

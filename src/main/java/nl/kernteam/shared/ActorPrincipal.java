package nl.kernteam.shared;

/**
 * Implemented by the logged-in principal, so that controllers can ask for the
 * {@link Actor}.
 */
public interface ActorPrincipal {

	Actor actor();

}

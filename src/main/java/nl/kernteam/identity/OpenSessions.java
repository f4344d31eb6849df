package nl.kernteam.identity;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The logged-in principal is fixed at login (its roles and organisation). When an account
 * is deactivated or its roles or organisation change, its open sessions end, so that old
 * rights do not live on in a browser; so do its API tokens, on every node.
 */
@Component
class OpenSessions {

	private final SessionRegistry registry;

	private final ApiTokens tokens;

	OpenSessions(SessionRegistry registry, ApiTokens tokens) {
		this.registry = registry;
		this.tokens = tokens;
	}

	/** Ends the account's sessions and its API tokens. */
	void endAllOf(String username) {
		tokens.endAllOf(username);
		if (!(registry instanceof SessionRegistryImpl)) {
			// sessions in PostgreSQL: found by the principal's name, on every node
			registry.getAllSessions(username, false).forEach(session -> session.expireNow());
			return;
		}
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
				registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
			}
		}
	}

}

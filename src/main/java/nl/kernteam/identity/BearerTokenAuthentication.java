package nl.kernteam.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A caller recognised by an API token: the account as loaded for this call (its roles and
 * state as they are now, not as they were when the token was issued).
 */
class BearerTokenAuthentication extends AbstractAuthenticationToken {

	private final UserDetails account;

	BearerTokenAuthentication(UserDetails account) {
		super(account.getAuthorities());
		this.account = account;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return account;
	}

}

package nl.kernteam.identity;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What a Kernteam account logged in through an OpenID Connect provider shows Spring
 * Security as an {@link OidcUser}: the ID token's claims (as Kernteam kept them), no user
 * info, and the Kernteam username as its name, so that sessions are found by it.
 */
interface ProviderLogin extends OidcUser {

	/** The account's Kernteam username. */
	String getUsername();

	@Override
	default Map<String, Object> getClaims() {
		return getIdToken().getClaims();
	}

	@Override
	default OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	default Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	default String getName() {
		return getUsername();
	}

}

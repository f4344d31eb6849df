package nl.kernteam.identity;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A professional logged in through their organisation's identity provider: the same
 * {@link KernteamUser} as after a password login (roles, organisation and checks from
 * Kernteam, never from the provider), named by the Kernteam username, so that the session
 * registry and deactivation find its sessions. It keeps the provider's ID token (for a
 * later logout at the provider), no password.
 */
final class OidcProfessional extends KernteamUser implements OidcUser {

	private final OidcIdToken idToken;

	OidcProfessional(ProfessionalSummary professional, boolean demo, OidcIdToken idToken) {
		super(professional, null, demo);
		this.idToken = idToken;
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return idToken.getClaims();
	}

	@Override
	public String getName() {
		return getUsername();
	}

}

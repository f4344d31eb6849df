package nl.kernteam.identity;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A professional logged in through their organisation's identity provider: the same
 * {@link KernteamUser} as after a password login (roles, organisation and checks from
 * Kernteam, never from the provider), named by the Kernteam username, so that the session
 * registry and deactivation find its sessions. It keeps the provider's ID token (for a
 * later logout at the provider), no password.
 */
final class OidcProfessional extends KernteamUser implements ProviderLogin {

	private final OidcIdToken idToken;

	OidcProfessional(ProfessionalSummary professional, boolean demo, OidcIdToken idToken) {
		super(professional, null, demo);
		this.idToken = idToken;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

}

package nl.kernteam.identity;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A family member logged in through DigiD (a broker): the same {@link FamilyUser} as
 * after a password login, named by the account's username. The broker's ID token carries
 * the BSN, which never goes into a session (sessions may live in PostgreSQL): this keeps
 * only the token's claims without it, and not the signed token itself.
 */
final class OidcFamilyMember extends FamilyUser implements ProviderLogin {

	private final OidcIdToken idToken;

	OidcFamilyMember(FamilyAccountRepository.Credentials credentials, boolean locked, OidcIdToken idToken,
			String bsnClaim) {
		super(credentials.account(), null, locked, credentials.demo());
		this.idToken = OidcIdToken.withTokenValue("withheld").claims(claims -> {
			claims.putAll(idToken.getClaims());
			claims.remove(bsnClaim);
		}).build();
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

}

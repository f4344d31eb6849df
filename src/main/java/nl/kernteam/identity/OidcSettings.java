package nl.kernteam.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Logins through an OpenID Connect provider ({@code kernteam.oidc.*}), beside the local
 * accounts: none unless an issuer is given.
 *
 * @param professionals the organisation's identity provider, for professionals
 * @param families a DigiD broker, for family members
 */
@ConfigurationProperties("kernteam.oidc")
record OidcSettings(@DefaultValue Professionals professionals, @DefaultValue Families families) {

	/**
	 * @param issuerUri the provider's issuer (its discovery document is read from there)
	 * @param usernameClaim the claim that holds the Kernteam username
	 */
	record Professionals(String issuerUri, String clientId, String clientSecret,
			@DefaultValue("preferred_username") String usernameClaim, @DefaultValue( {
					"openid", "profile" }) List<String> scopes){

		boolean configured() {
			return issuerUri != null && !issuerUri.isBlank();
		}

	}

	/**
	 * @param issuerUri the broker's issuer
	 * @param bsnClaim the claim in which the broker delivers the BSN
	 */
	record Families(String issuerUri, String clientId, String clientSecret, @DefaultValue("bsn") String bsnClaim,
			@DefaultValue("openid") List<String> scopes) {

		boolean configured() {
			return issuerUri != null && !issuerUri.isBlank();
		}

	}

}

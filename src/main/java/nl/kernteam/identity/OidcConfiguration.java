package nl.kernteam.identity;

import java.time.Clock;

import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OpenID Connect login ({@link OidcLogin}), only when an issuer is configured for
 * professionals or families ({@code kernteam.oidc.*.issuer-uri}). Boot's own OAuth2
 * client configuration stays inactive: it starts only with
 * {@code spring.security.oauth2.client} registrations, which Kernteam does not use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${kernteam.oidc.professionals.issuer-uri:}' != '' or '${kernteam.oidc.families.issuer-uri:}' != ''")
class OidcConfiguration {

	@Bean
	OidcLogin oidcLogin(OidcSettings settings, ProfessionalRepository professionals, FamilyAccountRepository families,
			PersonalDataCipher cipher, DemoLogins demoLogins, Clock clock) {
		var accounts = new OidcAccounts(settings, professionals, families, cipher,
				SecurityConfiguration.accountChecks(demoLogins), clock);
		return new OidcLogin(new OidcRegistrations(settings), accounts);
	}

}

package nl.kernteam.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Login through an OpenID Connect provider on the pages' chain, beside the login form:
 * {@code /oauth2/authorization/{professionals|families}} sends the browser to the
 * provider, {@code /login/oauth2/code/{id}} takes it back. Only when a provider is
 * configured ({@link OidcSettings}); otherwise the chain has no such endpoints.
 * <p>
 * The provider's tokens are not kept: Kernteam needs them only to learn who logged in. A
 * user without a Kernteam account to match is sent to {@code /login/refused}; any other
 * failure (cancelled at the provider, a state that does not match) to
 * {@code /login?oidcFailed}.
 */
final class OidcLogin {

	private final OidcRegistrations registrations;

	private final OidcAccounts accounts;

	OidcLogin(OidcRegistrations registrations, OidcAccounts accounts) {
		this.registrations = registrations;
		this.accounts = accounts;
	}

	void configure(HttpSecurity http) throws Exception {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(registrations)
			.authorizedClientRepository(new NothingKept())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
			.defaultSuccessUrl("/", false)
			.failureHandler(OidcLogin::failed)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// a provider that cannot be reached: the login page says so, not a
					// 500
					filter.setAuthenticationFailureHandler(OidcLogin::failed);
					return filter;
				}
			}));
	}

	private static void failed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String target = "/login?oidcFailed";
		if (failure instanceof OAuth2AuthenticationException refused) {
			String code = refused.getError().getErrorCode();
			if (OidcAccounts.NO_PROFESSIONAL.equals(code)) {
				target = "/login/refused";
			}
			else if (OidcAccounts.NO_FAMILY_ACCOUNT.equals(code)) {
				target = "/login/refused?family=true";
			}
		}
		new DefaultRedirectStrategy().sendRedirect(request, response, target);
	}

	/** Keeps no access or refresh token: neither in the session nor in memory. */
	private static final class NothingKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}

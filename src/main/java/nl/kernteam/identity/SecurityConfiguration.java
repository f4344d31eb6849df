package nl.kernteam.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Pages use form login with a session, and beside it login through an OpenID Connect
 * provider when one is configured ({@link OidcLogin}); the API ({@code /api/**}) uses
 * HTTP Basic, or a short-lived token bought with it ({@code POST /api/v1/tokens},
 * {@link ApiTokens}), without session or CSRF token. Administration needs
 * {@code FUNCTIONAL_ADMIN}. Failures of API calls are problem+json.
 * <p>
 * A failed login says nothing about the account: wrong password, unknown, locked,
 * inactive or refused demo account all answer {@code /login?error} on the page and the
 * same 401 on the API, after the same password check. Failed logins are throttled per
 * client address ({@link LoginThrottle}) and counted per account ({@link LoginAttempts}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/**
	 * Kernteam uses none of these browser features; no page (nor anything injected into
	 * one) may ask for them.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
			+ "display-capture=(), screen-wake-lock=(), xr-spatial-tracking=()";

	/**
	 * Every page and endpoint outside the family's own: a logged-in professional, never a
	 * family account (they have only {@code ROLE_FAMILY}).
	 */
	private static final AuthorizationManager<RequestAuthorizationContext> PROFESSIONALS_ONLY = (authentication,
			context) -> {
		var current = authentication.get();
		boolean professional = current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken)
				&& current.getAuthorities()
					.stream()
					.noneMatch(authority -> FamilyUser.AUTHORITY.equals(authority.getAuthority()));
		return new AuthorizationDecision(professional);
	};

	/**
	 * bcrypt through Spring's delegating encoder (so that the algorithm can change later
	 * without a migration). The work factor is {@code kernteam.password.bcrypt-strength}
	 * (default 10, about 70 ms per check here; every HTTP Basic call pays it); tests
	 * lower it for speed.
	 */
	@Bean
	PasswordEncoder passwordEncoder(PasswordSettings settings) {
		var bcrypt = new BCryptPasswordEncoder(settings.bcryptStrength());
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("bcrypt", bcrypt);
		var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
		delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return delegating;
	}

	/**
	 * The account's state is checked only after its password, so that a locked, inactive
	 * or refused demo account takes as long as, and answers like, a wrong password (an
	 * unknown username is checked against a dummy hash by the provider itself). A correct
	 * password on a locked account is refused too, so guessing during a lock learns
	 * nothing.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(ProfessionalRepository professionals,
			ApiTokenRepository tokenRepository, FamilyAccountRepository families, Clock clock,
			PasswordEncoder passwordEncoder, DemoLogins demoLogins) {
		var provider = new DaoAuthenticationProvider(
				new AccountDetailsService(professionals, families, tokenRepository, clock));
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(accountChecks(demoLogins));
		return provider;
	}

	/** What an account must be to be let in, by password or by token. */
	static UserDetailsChecker accountChecks(DemoLogins demoLogins) {
		return user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("locked");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("inactive");
			}
			if (user instanceof LocalAccount account && account.demo() && !demoLogins.allowed()) {
				throw new DisabledException("demo account while not in demo mode");
			}
		};
	}

	/**
	 * API tokens ({@link ApiTokens}): checked before HTTP Basic; the account is loaded
	 * and checked on every call, as the password provider does.
	 */
	private static BearerTokenFilter bearerTokens(ApiTokenRepository tokens, ProfessionalRepository professionals,
			FamilyAccountRepository families, Clock clock, DemoLogins demoLogins) {
		return new BearerTokenFilter(new AccountDetailsService(professionals, families, tokens, clock),
				accountChecks(demoLogins));
	}

	/**
	 * Sessions in this node's memory, unless they live in PostgreSQL
	 * ({@link JdbcSessionConfiguration}).
	 */
	@Bean
	@ConditionalOnProperty(name = "kernteam.sessions", havingValue = "memory", matchIfMissing = true)
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Spring Security observes nothing (issue 19): it wrapped every filter of its chain
	 * in an observation on every request, for metrics nobody reads (turning its
	 * observations off by property only made them no-ops, the wrapping stayed). HTTP
	 * requests stay observed.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Operations: health and its probes for anyone (no details), metrics for a functional
	 * administrator by HTTP Basic or token, as a Prometheus scraper calls.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, LoginThrottle throttle, ApiTokenRepository tokens,
			ProfessionalRepository professionals, FamilyAccountRepository families, Clock clock, DemoLogins demoLogins)
			throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole("FUNCTIONAL_ADMIN")
				.anyRequest()
				.denyAll());
		return machineCallers(http, throttle, bearerTokens(tokens, professionals, families, clock, demoLogins)).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle, ApiTokenRepository tokens,
			ProfessionalRepository professionals, FamilyAccountRepository families, Clock clock, DemoLogins demoLogins)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/family/activate")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.authenticated()
				.requestMatchers("/api/v1/family/**")
				.hasRole("FAMILY")
				.requestMatchers("/api/v1/organisations/**", "/api/v1/professionals/**", "/api/v1/webhooks/**")
				.hasRole("FUNCTIONAL_ADMIN")
				.anyRequest()
				.access(PROFESSIONALS_ONLY));
		return machineCallers(http, throttle, bearerTokens(tokens, professionals, families, clock, demoLogins)).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessionRegistry, LoginThrottle throttle,
			ObjectProvider<OidcLogin> oidc) throws Exception {
		var oidcLogin = oidc.getIfAvailable();
		if (oidcLogin != null) {
			oidcLogin.configure(http);
		}
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/login/refused", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/family/activate")
				.permitAll()
				.requestMatchers("/family/**")
				.hasRole("FAMILY")
				.requestMatchers("/admin/**")
				.hasRole("FUNCTIONAL_ADMIN")
				.requestMatchers("/", "/logout")
				.authenticated()
				.anyRequest()
				.access(PROFESSIONALS_ONLY))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.addFilterBefore(new LoginThrottleFilter(throttle, false), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokenMasking()))
			.sessionManagement(sessions -> sessions.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY)))
			.build();
	}

	/**
	 * The CSRF token is made once per session (and only when a page shows a form); what
	 * every page pays is the fresh mask over it (against BREACH). The mask comes from a
	 * DRBG of its own instead of the JVM-wide {@code NativePRNG}, whose global lock pages
	 * waited on (issue 19).
	 */
	private static XorCsrfTokenRequestAttributeHandler csrfTokenMasking() {
		var handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(SubmissionIds.drbg());
		return handler;
	}

	/**
	 * What the API and operations chains share: HTTP Basic or a token, no session, no
	 * CSRF token (no cookie to forge), refusals as problem+json.
	 */
	private static HttpSecurity machineCallers(HttpSecurity http, LoginThrottle throttle, BearerTokenFilter bearer)
			throws Exception {
		return http
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response,
					HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Log in with HTTP Basic.", true)))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) -> problem(response,
					HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Not allowed for your role.", false)))
			.addFilterBefore(new LoginThrottleFilter(throttle, true), BasicAuthenticationFilter.class)
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY)));
	}

	static void problem(HttpServletResponse response, int status, String title, String detail, boolean challenge)
			throws IOException {
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Kernteam\"");
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}

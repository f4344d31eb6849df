package nl.kernteam.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Pages use form login with a session; the API ({@code /api/**}) uses HTTP Basic without session or CSRF
 * token. Administration needs {@code FUNCTIONAL_ADMIN}. Failures of API calls are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/**
	 * bcrypt through Spring's delegating encoder (so that the algorithm can change later without a migration).
	 * The work factor is {@code kernteam.password.bcrypt-strength} (default 10, about 70 ms per check here; every HTTP Basic call pays it); tests lower it for speed.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${kernteam.password.bcrypt-strength:10}") int strength) {
		var bcrypt = new BCryptPasswordEncoder(strength);
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("bcrypt", bcrypt);
		var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
		delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return delegating;
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
				.requestMatchers("/api/v1/organisations/**", "/api/v1/professionals/**").hasRole("FUNCTIONAL_ADMIN")
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
					problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Log in with HTTP Basic.", true)))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
					problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Not allowed for your role.", false)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		failures.setDefaultFailureUrl("/login?error");
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/admin/**").hasRole("FUNCTIONAL_ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail,
			boolean challenge) throws IOException {
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Kernteam\"");
		}
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}
}

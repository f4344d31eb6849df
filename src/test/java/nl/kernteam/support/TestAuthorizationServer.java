package nl.kernteam.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on its own port
 * ({@code http://localhost:PORT}), with two clients, {@code kernteam-professionals} and
 * {@code kernteam-families}, that send the browser back to Kernteam on
 * {@code http://127.0.0.1:KERNTEAM_PORT} (another host name, so that the two session
 * cookies do not mix). Users are added while it runs; every user's password is
 * {@value #PASSWORD}, a client's secret its id, a dash and {@value #SECRET}. The ID token
 * carries {@code preferred_username} (the user's name) and, for a user given one,
 * {@code bsn}, as a DigiD broker delivers it.
 */
public final class TestAuthorizationServer {

	public static final String PASSWORD = "idp-password";

	public static final String SECRET = "client-secret-for-tests";

	private static final Map<String, String> bsns = new ConcurrentHashMap<>();

	private static final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

	private final ConfigurableApplicationContext context;

	private final int port;

	private TestAuthorizationServer(int port, ConfigurableApplicationContext context) {
		this.port = port;
		this.context = context;
	}

	/** Starts a provider for Kernteam on the given port. */
	public static TestAuthorizationServer start(int kernteamPort) {
		int port = freePort();
		String kernteam = "http://127.0.0.1:" + kernteamPort;
		String prefix = "spring.security.oauth2.authorizationserver.";
		var properties = new ArrayList<>(List.of("server.port=" + port, "spring.main.banner-mode=off",
				"server.servlet.session.cookie.name=IDPSESSION", prefix + "issuer=http://localhost:" + port));
		properties
			.addAll(client(prefix + "client.professionals.registration.", "professionals", kernteam, "openid,profile"));
		properties.addAll(client(prefix + "client.families.registration.", "families", kernteam, "openid"));
		// as arguments, so that they come before Kernteam's application.properties on the
		// class path
		var context = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
			.run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
		return new TestAuthorizationServer(port, context);
	}

	private static List<String> client(String registration, String id, String kernteam, String scopes) {
		return List.of(registration + "client-id=kernteam-" + id,
				registration + "client-secret={noop}" + id + "-" + SECRET,
				registration + "client-authentication-methods=client_secret_basic",
				registration + "authorization-grant-types=authorization_code",
				registration + "redirect-uris=" + kernteam + "/login/oauth2/code/" + id,
				registration + "scopes=" + scopes);
	}

	public String issuer() {
		return "http://localhost:" + port;
	}

	/** A user of the provider (a professional of the organisation, or a citizen). */
	public static void addUser(String username, String bsn) {
		users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
		if (bsn != null) {
			bsns.put(username, bsn);
		}
	}

	public void stop() {
		context.close();
	}

	public static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
			OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class Provider {

		@Bean
		UserDetailsService users() {
			return users;
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					String name = context.getPrincipal().getName();
					context.getClaims().claim("preferred_username", name);
					if (bsns.containsKey(name)) {
						context.getClaims().claim("bsn", bsns.get(name));
					}
				}
			};
		}

	}

}

package nl.kernteam.identity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in PostgreSQL ({@code kernteam.sessions=jdbc}), for several nodes behind a
 * load balancer: a session made on one node works on every other, and ending an account's
 * sessions ({@link OpenSessions}) deletes them for all nodes. The cookie stays what it is
 * with sessions in memory: {@code JSESSIONID}, HttpOnly, SameSite=Lax, Secure behind TLS;
 * so does the timeout ({@code server.servlet.session.timeout}). Boot's own session
 * auto-configuration is excluded, so that one node keeps its sessions in memory unless
 * asked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kernteam.sessions", havingValue = "jdbc")
@EnableJdbcHttpSession
class JdbcSessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	CookieSerializer cookieSerializer() {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseBase64Encoding(false);
		return cookie;
	}

	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<?> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

}

package nl.kernteam.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens for integrations ({@code kernteam.api-tokens.*}).
 *
 * @param lifetime how long a token is accepted after it was issued; short, since a token
 * skips the password check (a client asks for a new one when it runs out)
 * @param cleanupCron when expired tokens are deleted
 */
@ConfigurationProperties("kernteam.api-tokens")
record ApiTokenSettings(@DefaultValue("30m") Duration lifetime, @DefaultValue("0 23 * * * *") String cleanupCron) {

	ApiTokenSettings {
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException("kernteam.api-tokens.lifetime must be more than 0 and at most 1 day");
		}
	}

}

package nl.kernteam.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are held back ({@code kernteam.login.*}).
 *
 * @param maxAttempts failures in a row after which an account is locked
 * @param lockDuration how long such a lock lasts
 * @param failuresPerAddress failures one client address may make per period before it
 * waits
 * @param failuresPerAddressPeriod that period
 */
@ConfigurationProperties("kernteam.login")
record LoginSettings(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("20") int failuresPerAddress, @DefaultValue("1m") Duration failuresPerAddressPeriod) {
}

package nl.kernteam.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of webhooks ({@code kernteam.webhooks.*}).
 *
 * @param maxAttempts attempts before a delivery fails for good (and shows on the
 * administrator's list)
 * @param firstRetry the wait after the first failure; it doubles after each next one
 * @param maxRetry the longest wait between two attempts
 * @param timeout how long one attempt may take
 * @param batch deliveries sent per run of the sender
 */
@ConfigurationProperties("kernteam.webhooks")
record WebhookSettings(@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetry, @DefaultValue("5s") Duration timeout, @DefaultValue("50") int batch) {

	/** The wait after the {@code attempt}th failure (1-based): doubling, capped. */
	Duration backOff(int attempt) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}

}

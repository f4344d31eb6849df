package nl.kernteam.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A subscription on the administrator's list, with how its newest delivery stands (both
 * null before its first event): {@code PENDING}, {@code RETRYING} (waiting after a
 * failure), {@code DELIVERED} or {@code FAILED}.
 */
public record WebhookSubscriptionRow(UUID id, String name, String url, Set<WebhookKind> kinds, boolean active,
		Instant createdAt, String lastStatus, Instant lastAt) {
}

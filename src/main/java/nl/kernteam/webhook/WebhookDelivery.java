package nl.kernteam.webhook;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription, and how its delivery went. */
public record WebhookDelivery(UUID id, UUID subscriptionId, String subscriptionName, WebhookKind kind,
		WebhookDeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Integer lastStatus,
		String lastError) {
}

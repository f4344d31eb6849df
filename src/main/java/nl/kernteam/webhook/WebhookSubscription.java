package nl.kernteam.webhook;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A subscription as the administrator sees it; its secret is shown only once. */
public record WebhookSubscription(UUID id, String name, String url, Set<WebhookKind> kinds, boolean active,
		Instant createdAt) {
}

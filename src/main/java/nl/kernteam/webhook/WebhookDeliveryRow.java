package nl.kernteam.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery on the administrator's list: what, where to, how often tried, when next, and
 * why the last attempt failed (the receiver's status code or the kind of failure, never
 * what was sent or answered).
 */
public record WebhookDeliveryRow(UUID id, UUID subscriptionId, String subscriptionName, String url, WebhookKind kind,
		WebhookDeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
		Integer lastStatus, WebhookFailure failure) {

	/** Waiting for a next attempt after a failure. */
	public boolean retrying() {
		return status == WebhookDeliveryStatus.PENDING && attempts > 0;
	}

	/** Its status for the administrator: waiting after a failure reads as retrying. */
	public String statusKey() {
		return retrying() ? "RETRYING" : status.name();
	}

	/** The administrator may have it sent now: it is not delivered. */
	public boolean canRetry() {
		return status != WebhookDeliveryStatus.DELIVERED;
	}

}

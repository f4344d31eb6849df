package nl.kernteam.webhook;

/**
 * Where a delivery stands: waiting for its (next) attempt, received, or failed for good.
 */
public enum WebhookDeliveryStatus {

	PENDING, DELIVERED, FAILED

}

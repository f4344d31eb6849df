package nl.kernteam.webhook;

/**
 * Which deliveries the administrator's list shows: those that need attention (failed for
 * good, or failed and waiting for the next attempt), or those delivered.
 */
public enum WebhookDeliveryFilter {

	FAILING, DELIVERED

}

package nl.kernteam.webhook;

/** What a subscription can be told about; the names are the API's. */
public enum WebhookKind {

	HOUSEHOLD_REGISTERED, INVOLVEMENT_STARTED, INVOLVEMENT_ENDED, EXPERTISE_REQUESTED, EXPERTISE_ACCEPTED, DEADLINE_DUE,
	COURT_ORDER_ENDING, HOUSEHOLD_CLOSED

}

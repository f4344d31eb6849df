package nl.kernteam.webhook;

/**
 * Why the last attempt of a delivery failed, as the administrator reads it: the receiver
 * answered with an error status (its code is shown), could not be reached, did not answer
 * in time, or something else went wrong on the way. Read from the stored error, whose
 * text is never shown.
 */
public enum WebhookFailure {

	STATUS, UNREACHABLE, TIMEOUT, OTHER;

	/** The failure a stored error stands for; null when there was none. */
	static WebhookFailure of(String lastError) {
		if (lastError == null) {
			return null;
		}
		if (lastError.startsWith("HTTP ")) {
			return STATUS;
		}
		if (lastError.contains("Timeout") || lastError.contains("timed out")) {
			return TIMEOUT;
		}
		if (lastError.startsWith("ConnectException") || lastError.startsWith("UnresolvedAddressException")
				|| lastError.startsWith("UnknownHostException") || lastError.startsWith("NoRouteToHostException")) {
			return UNREACHABLE;
		}
		return OTHER;
	}

}

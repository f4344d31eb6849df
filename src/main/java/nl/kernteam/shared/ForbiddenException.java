package nl.kernteam.shared;

/** The actor may not do this. Rendered as 403; the message is shown to the user as a message key. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String messageKey) {
		super(messageKey);
	}
}

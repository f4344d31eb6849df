package nl.kernteam.shared;

/**
 * The change was based on an older version, or clashes with the current state. Rendered
 * as 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String messageKey) {
		super(messageKey);
	}

}

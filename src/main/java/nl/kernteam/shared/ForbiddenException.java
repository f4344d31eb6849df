package nl.kernteam.shared;

import java.util.UUID;

/**
 * The actor may not do this. Rendered as 403; the message is shown to the user as a
 * message key.
 */
public class ForbiddenException extends RuntimeException {

	private final transient UUID emergencyOffer;

	public ForbiddenException(String messageKey) {
		this(messageKey, null);
	}

	/**
	 * @param emergencyOffer the household whose refusal page may offer emergency access
	 * (only a professional outside its network is offered it); {@code null} offers
	 * nothing
	 */
	public ForbiddenException(String messageKey, UUID emergencyOffer) {
		super(messageKey);
		this.emergencyOffer = emergencyOffer;
	}

	/** The household the refused actor may break the glass for, or {@code null}. */
	public UUID emergencyOffer() {
		return emergencyOffer;
	}

}

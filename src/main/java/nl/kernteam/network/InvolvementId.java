package nl.kernteam.network;

import java.util.UUID;

/**
 * Identifies one involvement in a household's network (a professional's or an informal
 * person's).
 */
public record InvolvementId(UUID value) {

	public InvolvementId {
		if (value == null) {
			throw new IllegalArgumentException("An involvement id needs a value");
		}
	}

	public static InvolvementId of(UUID value) {
		return new InvolvementId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

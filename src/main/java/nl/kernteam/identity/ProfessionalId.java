package nl.kernteam.identity;

import java.util.UUID;

/**
 * Identifies a professional; typed so that it cannot be swapped with the other ids beside
 * it.
 */
public record ProfessionalId(UUID value) {

	public ProfessionalId {
		if (value == null) {
			throw new IllegalArgumentException("A professional id needs a value");
		}
	}

	public static ProfessionalId of(UUID value) {
		return new ProfessionalId(value);
	}

	/**
	 * {@code null} for {@code null}: for the ids that may be absent (an informal
	 * involvement has no professional).
	 */
	public static ProfessionalId ofNullable(UUID value) {
		return value == null ? null : new ProfessionalId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

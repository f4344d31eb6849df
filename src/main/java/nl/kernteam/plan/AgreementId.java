package nl.kernteam.plan;

import java.util.UUID;

/**
 * Identifies an agreement in a household's plan; typed so that it cannot be swapped with
 * a goal's or a note's id.
 */
public record AgreementId(UUID value) {

	public AgreementId {
		if (value == null) {
			throw new IllegalArgumentException("An agreement id needs a value");
		}
	}

	public static AgreementId of(UUID value) {
		return new AgreementId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

package nl.kernteam.household;

import java.util.UUID;

/** Identifies a household. */
public record HouseholdId(UUID value) {

	public HouseholdId {
		if (value == null) {
			throw new IllegalArgumentException("A household id needs a value");
		}
	}

	public static HouseholdId of(UUID value) {
		return new HouseholdId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

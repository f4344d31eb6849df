package nl.kernteam.signal;

import java.util.UUID;

/** Identifies a signal. */
public record SignalId(UUID value) {

	public SignalId {
		if (value == null) {
			throw new IllegalArgumentException("A signal id needs a value");
		}
	}

	public static SignalId of(UUID value) {
		return new SignalId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

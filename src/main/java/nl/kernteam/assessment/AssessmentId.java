package nl.kernteam.assessment;

import java.util.UUID;

/** Identifies one assessment of a household. */
public record AssessmentId(UUID value) {

	public AssessmentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static AssessmentId of(UUID value) {
		return new AssessmentId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}

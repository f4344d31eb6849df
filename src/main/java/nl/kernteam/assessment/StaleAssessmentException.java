package nl.kernteam.assessment;

import nl.kernteam.shared.ConflictException;

/**
 * A save based on a version that is no longer the current one: someone else saved in
 * between. Nothing was changed. {@link AssessmentQueries#conflict} shows what the other
 * saves changed.
 */
public class StaleAssessmentException extends ConflictException {

	private final int basedOn;

	private final int current;

	public StaleAssessmentException(int basedOn, int current) {
		super("assessment.conflict");
		this.basedOn = basedOn;
		this.current = current;
	}

	/** The version the refused save was based on. */
	public int basedOn() {
		return basedOn;
	}

	/** The version stored now. */
	public int current() {
		return current;
	}

}

package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household's meldcode trail: the five steps (each taken or not), the weighing
 * framework's answers with the reporting norm they give, and the decision.
 */
public record MeldcodeTrail(UUID householdId, String householdName, List<Step> steps, AnswerMeldcodeWeighing weighing,
		boolean reportingNorm, MeldcodeDecision decision, LocalDate decidedOn, int version, ChildCheck childCheck) {

	/**
	 * The child check (kindcheck) of step 1; {@code childrenSafe} is null without
	 * children.
	 */
	public record ChildCheck(LocalDate checkedOn, boolean hasChildren, Boolean childrenSafe, String checkedBy,
			String notes) {
	}

	/** A step; {@code doneOn}, {@code doneBy} and {@code notes} are null until taken. */
	public record Step(MeldcodeStep step, LocalDate doneOn, String doneBy, String notes) {

		public boolean taken() {
			return doneOn != null;
		}
	}

	public boolean decided() {
		return decision != null;
	}

}

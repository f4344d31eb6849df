package nl.kernteam.plan;

/**
 * Where a household stands in safety, as a status over time (not a phase the plan leaves
 * behind): a status can return after a setback.
 */
public enum SafetyStatus {

	/** Direct safety: the minimum safety conditions are being put in place and kept. */
	DIRECT_SAFETY,
	/** Stable safety: safety lasts, also without the professionals watching closely. */
	STABLE_SAFETY,
	/** Recovery: working on what the unsafety did and on what caused it. */
	RECOVERY;

	/** The status a phase of API version 1 stands for. */
	static SafetyStatus of(PlanPhase phase) {
		return switch (phase) {
			case SAFETY_CONDITIONS -> DIRECT_SAFETY;
			case SAFETY_PLAN -> STABLE_SAFETY;
			case RECOVERY_PLAN -> RECOVERY;
		};
	}

}

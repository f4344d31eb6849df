package nl.kernteam.plan;

/**
 * The phases of the one plan: first what must hold now, then safety, then recovery
 * (DOMAIN.md C.1.4).
 */
public enum PlanPhase {

	SAFETY_CONDITIONS, SAFETY_PLAN, RECOVERY_PLAN;

	public PlanPhase next() {
		return this == RECOVERY_PLAN ? this : values()[ordinal() + 1];
	}

}

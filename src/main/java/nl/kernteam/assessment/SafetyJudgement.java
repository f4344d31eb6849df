package nl.kernteam.assessment;

/**
 * The judgement by the shared definitions of the Meldcode's afwegingskader (DOMAIN.md
 * C.2.1).
 */
public enum SafetyJudgement {

	/** No unsafety. */
	NONE,
	/** Structural unsafety: repeated or continuing threat. Needs a rationale. */
	STRUCTURAL,
	/**
	 * Acute unsafety: safety is not guaranteed now or in the coming days. Needs a
	 * rationale.
	 */
	ACUTE;

	public boolean needsRationale() {
		return this != NONE;
	}

}

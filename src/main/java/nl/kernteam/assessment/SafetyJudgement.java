package nl.kernteam.assessment;

/**
 * The old single value of the safety judgement, which API version 1 still accepts and
 * answers next to {@link Safety}: it is mapped onto the three questions by
 * {@link Safety#of(SafetyJudgement)}.
 */
public enum SafetyJudgement {

	/** No unsafety. */
	NONE,
	/** Structural unsafety: repeated or continuing threat. */
	STRUCTURAL,
	/** Acute unsafety: safety is not guaranteed now or in the coming days. */
	ACUTE

}

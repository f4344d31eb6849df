package nl.kernteam.learning;

/**
 * The seven working principles a reflection looks back on (issue 16, seed 001).
 */
public enum Principle {

	/** Clarity about the worries. */
	CLARITY_ABOUT_WORRIES,
	/** The family as starting point. */
	FAMILY_AS_STARTING_POINT,
	/** Analysing and deciding together. */
	ANALYSE_AND_DECIDE_TOGETHER,
	/** Motivating support. */
	MOTIVATING_SUPPORT,
	/** One coherent plan. */
	ONE_COHERENT_PLAN,
	/** One shared language of safety. */
	SHARED_LANGUAGE_OF_SAFETY,
	/** Following progress. */
	FOLLOWING_PROGRESS

}

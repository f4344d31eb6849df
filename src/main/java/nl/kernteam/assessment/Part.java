package nl.kernteam.assessment;

/** The parts of an assessment, in the order of the page (the Signs of Safety order). */
public enum Part {

	VIEWS, FACTS, WORRIES, STRENGTHS, DANGER_STATEMENTS, NEXT_STEPS, SCORES, JUDGEMENT, KEY_DECISIONS

}

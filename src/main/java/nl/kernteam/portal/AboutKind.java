package nl.kernteam.portal;

/**
 * What a family member's view, objection or answer is about: a joint assessment, one of
 * its key decisions, a frozen version of the plan, or a plan evaluation meeting.
 */
public enum AboutKind {

	ASSESSMENT, KEY_DECISION, PLAN_VERSION, PLAN_EVALUATION

}

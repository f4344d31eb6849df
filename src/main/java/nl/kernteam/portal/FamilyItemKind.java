package nl.kernteam.portal;

/**
 * The kinds of item on the family's pages that a professional can withhold from one
 * member: an assessment's parts by their stable id, a participant's view and scale, the
 * plan's goals and agreements.
 */
public enum FamilyItemKind {

	WORRY, STRENGTH, NEXT_STEP, DANGER_STATEMENT, KEY_DECISION, PARTICIPANT, GOAL, AGREEMENT

}

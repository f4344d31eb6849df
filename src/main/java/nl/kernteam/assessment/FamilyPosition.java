package nl.kernteam.assessment;

/** Whether the family agrees with a key decision. */
public enum FamilyPosition {

	AGREES, DISAGREES

}

package nl.kernteam.portal;

/** Whether the family member agrees with what was written or decided. */
public enum FamilyPosition {

	AGREES, DISAGREES

}

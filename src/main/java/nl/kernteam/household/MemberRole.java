package nl.kernteam.household;

/** A member's place in the household. */
public enum MemberRole {

	CHILD, PARENT, CARER, OTHER

}

package nl.kernteam.household;

/** Why two households belong to one family system. */
public enum LinkKind {

	PARENTS_APART, GRANDPARENTS, OTHER_FAMILY

}

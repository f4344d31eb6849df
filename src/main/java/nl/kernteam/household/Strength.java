package nl.kernteam.household;

/** Where the strength in a life domain comes from. */
public enum Strength {

	SELF, NETWORK, PROFESSIONALS

}

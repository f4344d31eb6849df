package nl.kernteam.household;

/** Optional; the genogram draws a circle, a square or a diamond. */
public enum Gender {

	FEMALE, MALE, OTHER

}

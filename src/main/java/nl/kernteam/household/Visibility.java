package nl.kernteam.household;

/** Whether an actor may see a household, and why. */
public enum Visibility {
	/** Not involved and no emergency access. */
	NONE,
	/** Currently involved with the household. */
	INVOLVED,
	/** Not involved, but under a running emergency access; every access is flagged. */
	EMERGENCY
}

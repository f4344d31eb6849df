package nl.kernteam.audit;

/** What was done with family data. */
public enum AccessAction {
	READ, SEARCH, CREATE, UPDATE, EMERGENCY_ACCESS
}

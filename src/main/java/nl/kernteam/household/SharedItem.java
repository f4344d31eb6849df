package nl.kernteam.household;

/**
 * A kind of item a contact person or director can share with a partner in the network, on
 * a legal basis.
 */
public enum SharedItem {

	ASSESSMENTS, CORE_TEAM_NOTES

}

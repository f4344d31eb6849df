package nl.kernteam.shared;

/** The kinds of organisation that work with families. */
public enum OrganisationType {
	LOCAL_TEAM, VEILIG_THUIS, CHILD_PROTECTION_BOARD, YOUTH_PROTECTION_AGENCY, MENTAL_HEALTH, POLICE,
	PUBLIC_PROSECUTOR, SCHOOL, GENERAL_PRACTITIONER, OTHER;

	/** Veilig Thuis, the Raad voor de Kinderbescherming and the youth protection agency form the regional safety team. */
	public boolean isRegionalSafetyTeam() {
		return this == VEILIG_THUIS || this == CHILD_PROTECTION_BOARD || this == YOUTH_PROTECTION_AGENCY;
	}
}

package nl.kernteam.shared;

/**
 * The kinds of organisation that work with families. {@code MENTAL_HEALTH} is adult
 * mental health.
 */
public enum OrganisationType {

	LOCAL_TEAM, VEILIG_THUIS, CHILD_PROTECTION_BOARD, YOUTH_PROTECTION_AGENCY, MENTAL_HEALTH, POLICE, PUBLIC_PROSECUTOR,
	SCHOOL, GENERAL_PRACTITIONER, OTHER, YOUTH_CARE, YOUTH_HEALTH_CARE, YOUTH_MENTAL_HEALTH, ADDICTION_CARE, PROBATION,
	SAFETY_HOUSE, MUNICIPALITY, DEBT_COUNSELLING, HOUSING_CORPORATION, WOMENS_SHELTER, CONFIDENTIAL_ADVISER, LAWYER;

	/**
	 * Veilig Thuis, the Raad voor de Kinderbescherming and the youth protection agency
	 * form the regional safety team.
	 */
	public boolean isRegionalSafetyTeam() {
		return this == VEILIG_THUIS || this == CHILD_PROTECTION_BOARD || this == YOUTH_PROTECTION_AGENCY;
	}

}

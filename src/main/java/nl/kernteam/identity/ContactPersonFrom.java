package nl.kernteam.identity;

import nl.kernteam.shared.OrganisationType;

/**
 * Whose professionals a region lets be a household's contact person (the fixed face),
 * {@code kernteam.region.contact-person-from}.
 */
public enum ContactPersonFrom {

	/** Only a professional of a local team (the default; the Toekomstscenario's core). */
	LOCAL_TEAM("network.contactPerson.mustBeLocalTeam"),

	/**
	 * A local team or the regional safety team (Veilig Thuis, the Raad, a certified youth
	 * protection agency): the FoodValley way, "wie hem heeft mag 'm houden".
	 */
	LOCAL_OR_SAFETY_TEAM("network.contactPerson.mustBeLocalOrSafetyTeam");

	private final String refusal;

	ContactPersonFrom(String refusal) {
		this.refusal = refusal;
	}

	public boolean allows(OrganisationType type) {
		return type == OrganisationType.LOCAL_TEAM
				|| (this == LOCAL_OR_SAFETY_TEAM && type != null && type.isRegionalSafetyTeam());
	}

	/** The message key that says who may be contact person here. */
	public String refusal() {
		return refusal;
	}

}

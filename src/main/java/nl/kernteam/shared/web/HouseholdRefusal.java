package nl.kernteam.shared.web;

/**
 * When access to a household is refused on a page, the household id is kept on the request under this
 * attribute so that the error page can offer emergency access.
 */
public final class HouseholdRefusal {

	public static final String ATTRIBUTE = "kernteam.refusedHouseholdId";

	private HouseholdRefusal() {
	}
}

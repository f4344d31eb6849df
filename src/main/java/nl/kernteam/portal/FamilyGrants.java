package nl.kernteam.portal;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.shared.FamilyMember;

/**
 * The reads of a family page that made its one access decision already take that decision
 * ({@link HouseholdAccess.Grant}, which only {@code FamilyAccess} and
 * {@code HouseholdAccess} give out as an answer), so that none of them can be called
 * without one.
 */
final class FamilyGrants {

	private FamilyGrants() {
	}

	/** Fails unless the grant is for the member's own household. */
	static void require(FamilyMember member, HouseholdAccess.Grant granted) {
		if (granted == null || !granted.household().value().equals(member.householdId())) {
			throw new IllegalStateException("a family read without the decision for its household");
		}
	}

}

package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.FamilyMember;
import org.junit.jupiter.api.Test;

/** A family read without its page's decision for the member's own household fails. */
class FamilyGrantsTests {

	final FamilyMember member = new FamilyMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Sanne");

	@Test
	void theDecisionForTheMembersHouseholdLetsTheReadGoOn() {
		assertThatCode(() -> FamilyGrants.require(member,
				new HouseholdAccess.Grant(HouseholdId.of(member.householdId()), false)))
			.doesNotThrowAnyException();
	}

	@Test
	void noDecisionOrOneForAnotherHouseholdFails() {
		assertThatIllegalStateException().isThrownBy(() -> FamilyGrants.require(member, null));
		assertThatIllegalStateException().isThrownBy(() -> FamilyGrants.require(member,
				new HouseholdAccess.Grant(HouseholdId.of(UUID.randomUUID()), false)));
	}

}

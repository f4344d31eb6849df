package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kernteam.shared.OrganisationType;
import org.junit.jupiter.api.Test;

class ContactPersonRuleTests {

	@Test
	void byDefaultOnlyALocalTeamProfessionalIsTheFixedFace() {
		var rule = ContactPersonRule.of(ContactPersonFrom.LOCAL_TEAM);
		assertThat(rule.types()).containsExactly(OrganisationType.LOCAL_TEAM);
		assertThat(rule.allows(OrganisationType.LOCAL_TEAM)).isTrue();
		assertThat(rule.allows(OrganisationType.VEILIG_THUIS)).isFalse();
		assertThat(rule.allows(OrganisationType.CHILD_PROTECTION_BOARD)).isFalse();
		assertThat(rule.allows(OrganisationType.YOUTH_PROTECTION_AGENCY)).isFalse();
		assertThat(rule.allows((OrganisationType) null)).isFalse();
		assertThat(rule.refusal()).isEqualTo("network.contactPerson.mustBeLocalTeam");
	}

	@Test
	void theFoodValleyWayLetsTheRegionalSafetyTeamKeepTheFamilyButNoOneElse() {
		var rule = ContactPersonRule.of(ContactPersonFrom.LOCAL_OR_SAFETY_TEAM);
		assertThat(rule.types()).containsExactly(OrganisationType.LOCAL_TEAM, OrganisationType.VEILIG_THUIS,
				OrganisationType.CHILD_PROTECTION_BOARD, OrganisationType.YOUTH_PROTECTION_AGENCY);
		for (OrganisationType type : OrganisationType.values()) {
			assertThat(rule.allows(type)).as(type.name())
				.isEqualTo(type == OrganisationType.LOCAL_TEAM || type.isRegionalSafetyTeam());
		}
		assertThat(rule.refusal()).isEqualTo("network.contactPerson.mustBeLocalOrSafetyTeam");
	}

	@Test
	void anInactiveProfessionalIsNeverTheFixedFace() {
		var rule = ContactPersonRule.of(ContactPersonFrom.LOCAL_OR_SAFETY_TEAM);
		var active = new ProfessionalSummary(null, "u", "U", null, "VT", OrganisationType.VEILIG_THUIS,
				java.util.Set.of(), null, null, true, false);
		var inactive = new ProfessionalSummary(null, "u", "U", null, "VT", OrganisationType.VEILIG_THUIS,
				java.util.Set.of(), null, null, false, false);
		assertThat(rule.allows(active)).isTrue();
		assertThat(rule.allows(inactive)).isFalse();
	}

}

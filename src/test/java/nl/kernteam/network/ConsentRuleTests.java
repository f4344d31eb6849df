package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RelationDetails;
import nl.kernteam.household.RelationKind;
import nl.kernteam.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConsentRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	final MemberDetails mother = member("Sanne", 40, MemberRole.PARENT);

	final MemberDetails father = member("Joost", 42, MemberRole.PARENT);

	final MemberDetails grandmother = member("Truus", 70, MemberRole.OTHER);

	static MemberDetails member(String name, int age, MemberRole role) {
		return new MemberDetails(UUID.randomUUID(), name, "de Vries", TODAY.minusYears(age).minusDays(1), role, null);
	}

	/** Born one day too late to have this age yet. */
	static MemberDetails almost(String name, int age) {
		return new MemberDetails(UUID.randomUUID(), name, "de Vries", TODAY.minusYears(age).plusDays(1),
				MemberRole.CHILD, null);
	}

	static RelationDetails authority(MemberDetails parent, MemberDetails child) {
		return new RelationDetails(UUID.randomUUID(), parent.id(), null, parent.givenName(), child.id(),
				child.givenName(), RelationKind.PARENT_OF, true, null);
	}

	static RelationDetails withoutAuthority(MemberDetails parent, MemberDetails child) {
		return new RelationDetails(UUID.randomUUID(), parent.id(), null, parent.givenName(), child.id(),
				child.givenName(), RelationKind.PARENT_OF, false, null);
	}

	static void assertRefused(List<MemberDetails> consenting, List<MemberDetails> members,
			List<RelationDetails> relations, String key) {
		assertThatThrownBy(
				() -> ConsentRule.check(consenting.stream().map(MemberDetails::id).toList(), members, relations, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> org.assertj.core.api.Assertions.assertThat(e.problems())
						.containsExactly(new InvalidInputException.FieldProblem("consentOf", key)));
	}

	static void assertAccepted(List<MemberDetails> consenting, List<MemberDetails> members,
			List<RelationDetails> relations) {
		assertThatCode(
				() -> ConsentRule.check(consenting.stream().map(MemberDetails::id).toList(), members, relations, TODAY))
			.doesNotThrowAnyException();
	}

	@Test
	void theMotherWithAuthorityConsentsForYoungChildren() {
		var child = member("Evi", 8, MemberRole.CHILD);
		var baby = member("Noor", 0, MemberRole.CHILD);
		assertAccepted(List.of(mother), List.of(mother, child, baby),
				List.of(authority(mother, child), authority(mother, baby)));
	}

	@Test
	void everyParentWithAuthorityConsentsForAChildUnderSixteen() {
		var child = member("Evi", 8, MemberRole.CHILD);
		var relations = List.of(authority(mother, child), authority(father, child));
		assertRefused(List.of(mother), List.of(mother, father, child), relations,
				"network.share.consentOf.parentsWithAuthority");
		assertAccepted(List.of(mother, father), List.of(mother, father, child), relations);
	}

	@Test
	void aParentWithoutAuthorityDoesNotConsentForTheChild() {
		var child = member("Evi", 8, MemberRole.CHILD);
		var relations = List.of(authority(mother, child), withoutAuthority(father, child));
		assertRefused(List.of(father), List.of(mother, father, child), relations,
				"network.share.consentOf.parentsWithAuthority");
		assertAccepted(List.of(mother), List.of(mother, father, child), relations);
	}

	@Test
	void aChildUnderTwelveIsNotAskedToConsent() {
		var child = almost("Evi", 12);
		assertRefused(List.of(mother, child), List.of(mother, child), List.of(authority(mother, child)),
				"network.share.consentOf.underTwelve");
	}

	@Test
	void aChildOfTwelveConsentsTogetherWithTheParentsWithAuthority() {
		var child = member("Daan", 12, MemberRole.CHILD);
		var relations = List.of(authority(mother, child));
		assertRefused(List.of(mother), List.of(mother, child), relations, "network.share.consentOf.childHasASay");
		assertRefused(List.of(child), List.of(mother, child), relations,
				"network.share.consentOf.parentsWithAuthority");
		assertAccepted(List.of(mother, child), List.of(mother, child), relations);
	}

	@Test
	void aChildOfFifteenStillNeedsTheParentsWithAuthority() {
		var child = almost("Daan", 16);
		assertRefused(List.of(child), List.of(mother, child), List.of(authority(mother, child)),
				"network.share.consentOf.parentsWithAuthority");
	}

	@Test
	void fromSixteenAYoungPersonDecidesAlone() {
		var youth = member("Lotte", 16, MemberRole.CHILD);
		assertAccepted(List.of(youth), List.of(mother, youth), List.of(authority(mother, youth)));
		assertRefused(List.of(mother), List.of(mother, youth), List.of(authority(mother, youth)),
				"network.share.consentOf.youngPersonDecides");
	}

	@Test
	void withoutRecordedAuthorityAnAdultOfTheHouseholdMustConsent() {
		var child = member("Evi", 8, MemberRole.CHILD);
		var teen = member("Daan", 13, MemberRole.CHILD);
		assertRefused(List.of(teen), List.of(mother, teen, child), List.of(), "network.share.consentOf.anAdult");
		assertAccepted(List.of(grandmother, teen), List.of(grandmother, teen, child), List.of());
	}

	@Test
	void consentComesFromMembersOfTheHousehold() {
		assertRefused(List.of(), List.of(mother), List.of(), "network.share.consentOf.required");
		assertRefused(List.of(father), List.of(mother), List.of(), "network.share.consentOf.notAMember");
	}

	@Test
	void adultsWithoutChildrenConsentForThemselves() {
		assertAccepted(List.of(mother), List.of(mother, father), List.of());
	}

}

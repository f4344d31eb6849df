package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.portal.FamilySight.Aspect;
import nl.kernteam.portal.FamilySight.Concerned;
import nl.kernteam.portal.FamilySight.Relation;
import nl.kernteam.portal.FamilySight.Sight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every cell of {@link FamilySight}'s table, written out here once more from the rules
 * (issue 13, DOMAIN.md C.5), and the viewer's way from ages and relations to a cell.
 */
class FamilySightTests {

	@ParameterizedTest(name = "{0} × {1}: matter {2}, own words {3}")
	@CsvSource({
			// what concerns nobody in particular: everyone in the family sees it
			"SELF, NOBODY, SEES, SEES", "PARENT_WITH_AUTHORITY, NOBODY, SEES, SEES",
			"PARENT_WITHOUT_AUTHORITY, NOBODY, SEES, SEES", "OTHER, NOBODY, SEES, SEES",
			// what concerns oneself: always
			"SELF, UNDER_12, SEES, SEES", "SELF, FROM_12_TO_15, SEES, SEES", "SELF, FROM_16_TO_17, SEES, SEES",
			"SELF, ADULT, SEES, SEES",
			// parents with authority: their children under 16; from 16 the young person
			// decides
			"PARENT_WITH_AUTHORITY, UNDER_12, SEES, SEES", "PARENT_WITH_AUTHORITY, FROM_12_TO_15, SEES, SEES",
			"PARENT_WITH_AUTHORITY, FROM_16_TO_17, IF_ALLOWED, IF_ALLOWED",
			"PARENT_WITH_AUTHORITY, ADULT, IF_ALLOWED, IF_ALLOWED",
			// a parent without authority: the general picture, not the child's own words
			"PARENT_WITHOUT_AUTHORITY, UNDER_12, SEES, NEVER", "PARENT_WITHOUT_AUTHORITY, FROM_12_TO_15, SEES, NEVER",
			"PARENT_WITHOUT_AUTHORITY, FROM_16_TO_17, IF_ALLOWED, IF_ALLOWED",
			"PARENT_WITHOUT_AUTHORITY, ADULT, IF_ALLOWED, IF_ALLOWED",
			// brothers, sisters, another adult: nothing of a child under 16; an adult's
			// own words only when allowed
			"OTHER, UNDER_12, NEVER, NEVER", "OTHER, FROM_12_TO_15, NEVER, NEVER",
			"OTHER, FROM_16_TO_17, IF_ALLOWED, IF_ALLOWED", "OTHER, ADULT, IF_ALLOWED, IF_ALLOWED" })
	void everyCell(Relation relation, Concerned concerned, Sight matter, Sight words) {
		assertThat(FamilySight.sight(relation, concerned, Aspect.MATTER)).isEqualTo(matter);
		assertThat(FamilySight.sight(relation, concerned, Aspect.OWN_WORDS)).isEqualTo(words);
	}

	@Test
	void theTableHasNoOtherCells() {
		assertThat(FamilySight.TABLE).hasSize(Relation.values().length);
		FamilySight.TABLE.values().forEach(row -> {
			assertThat(row).hasSize(Concerned.values().length);
			row.values().forEach(cell -> assertThat(cell).hasSize(Aspect.values().length));
		});
	}

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@ParameterizedTest(name = "{0} years old: {1}")
	@CsvSource({ "10, UNDER_12", "11, UNDER_12", "12, FROM_12_TO_15", "14, FROM_12_TO_15", "15, FROM_12_TO_15",
			"16, FROM_16_TO_17", "17, FROM_16_TO_17", "18, ADULT", "40, ADULT" })
	void byAge(int age, Concerned concerned) {
		assertThat(FamilySight.concerned(TODAY.minusYears(age), TODAY)).isEqualTo(concerned);
		assertThat(FamilySight.concerned(TODAY.minusYears(age).plusDays(1), TODAY)).as("the day before the birthday")
			.isEqualTo(FamilySight.concerned(TODAY.minusYears(age - 1), TODAY));
	}

	@Test
	void theViewerFindsTheCellByRelationAgeAndWhatWasAllowed() {
		UUID mother = UUID.randomUUID();
		UUID father = UUID.randomUUID();
		UUID child = UUID.randomUUID();
		UUID teen = UUID.randomUUID();
		UUID adultSon = UUID.randomUUID();
		Map<UUID, LocalDate> births = Map.of(mother, TODAY.minusYears(40), father, TODAY.minusYears(42), child,
				TODAY.minusYears(10), teen, TODAY.minusYears(16), adultSon, TODAY.minusYears(19));
		var asMother = new FamilySight.Viewer(mother, births, Set.of(child, teen, adultSon), Set.of(), Set.of(teen),
				TODAY);
		var asFather = new FamilySight.Viewer(father, births, Set.of(), Set.of(child, teen), Set.of(), TODAY);

		assertThat(asMother.sees(null, Aspect.OWN_WORDS)).isTrue();
		assertThat(asMother.sees(child, Aspect.OWN_WORDS)).isTrue();
		assertThat(asMother.sees(teen, Aspect.OWN_WORDS)).as("allowed by the 16-year-old").isTrue();
		assertThat(asMother.relation(adultSon, Concerned.ADULT)).as("authority ends at 18").isEqualTo(Relation.OTHER);
		assertThat(asMother.sees(adultSon, Aspect.OWN_WORDS)).isFalse();
		assertThat(asMother.sees(father, Aspect.OWN_WORDS)).isFalse();
		assertThat(asMother.sees(UUID.randomUUID(), Aspect.MATTER)).as("not a member").isFalse();

		assertThat(asFather.sees(child, Aspect.MATTER)).isTrue();
		assertThat(asFather.sees(child, Aspect.OWN_WORDS)).isFalse();
		assertThat(asFather.sees(teen, Aspect.MATTER)).as("not allowed by the 16-year-old").isFalse();
		assertThat(asFather.sees(father, Aspect.OWN_WORDS)).isTrue();
		assertThat(asFather.decidesOwnSharing()).isTrue();
		assertThat(new FamilySight.Viewer(child, births, Set.of(), Set.of(), Set.of(), TODAY).decidesOwnSharing())
			.isFalse();
	}

}

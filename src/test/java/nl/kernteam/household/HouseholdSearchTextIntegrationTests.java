package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search text of a household (V3_10, kept by triggers) follows every change of its
 * name and its members in the same transaction, and the search finds by it: a member
 * added, renamed or removed, the household renamed. That it goes with a destroyed
 * household is HouseholdDestructionIntegrationTests' rule (household_search names the
 * household).
 */
@IntegrationTest
class HouseholdSearchTextIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	HouseholdManagement management;

	@Autowired
	HouseholdQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void followsTheNameAndTheMembersOfItsHousehold() {
		Pro registrant = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(registrant);
		String family = data.householdName(household);
		String lower = family.toLowerCase(java.util.Locale.ROOT);
		assertThat(searchText(household))
			.isEqualTo("gezin " + lower + "\nsanne " + lower + "\ndaan " + lower + "\nevi " + lower);
		assertThat(found(registrant, "Daan " + family)).containsExactly(household.value());

		// renamed household, Daan renamed to Bram, Evi removed, Noor added
		var members = new ArrayList<MemberInput>();
		for (var member : jdbc.sql("select id, given_name from member where household_id = :h order by position")
			.param("h", household.value())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list()) {
			UUID id = (UUID) member[0];
			members.add(switch ((String) member[1]) {
				case "Sanne" ->
					new MemberInput(id, "Sanne", family, LocalDate.of(1988, 3, 14), MemberRole.PARENT, null, false);
				case "Daan" ->
					new MemberInput(id, "Bram", family, LocalDate.of(2014, 6, 2), MemberRole.CHILD, null, false);
				default -> new MemberInput(id, "Evi", family, LocalDate.of(2017, 11, 23), MemberRole.CHILD, null, true);
			});
		}
		members
			.add(new MemberInput(null, "Noor", "Zwaneveld", LocalDate.of(2020, 1, 5), MemberRole.CHILD, null, false));
		int version = jdbc.sql("select version from household where id = :h")
			.param("h", household.value())
			.query(Integer.class)
			.single();
		management.update(registrant.actor(), household, new UpdateHousehold("Gezin Waterlelie", members, version));

		assertThat(searchText(household))
			.isEqualTo("gezin waterlelie\nsanne " + lower + "\nbram " + lower + "\nnoor zwaneveld");
		assertThat(found(registrant, "waterlelie")).containsExactly(household.value());
		assertThat(found(registrant, "Bram " + family)).containsExactly(household.value());
		assertThat(found(registrant, "noor zwan")).containsExactly(household.value());
		assertThat(found(registrant, "Daan " + family)).as("renamed").isEmpty();
		assertThat(found(registrant, "Evi " + family)).as("removed").isEmpty();
		assertThat(found(registrant, "Gezin " + family)).as("the household's old name").isEmpty();
		// two names are two lines: a text spanning the end of one and the start of the
		// next finds nothing
		assertThat(found(registrant, "waterlelie\nsanne")).isEmpty();
		assertThat(found(registrant, "waterlelie sanne")).isEmpty();
	}

	@Test
	void everyHouseholdHasItsSearchTextAndNoOther() {
		data.household(data.professional(OrganisationType.LOCAL_TEAM));
		assertThat(jdbc.sql("""
				select (select count(*) from household) = (select count(*) from household_search)
				   and not exists (select 1 from household h left join household_search s on s.household_id = h.id
				                    where s.text is distinct from household_search_text(h.id))
				""").query(Boolean.class).single()).isTrue();
	}

	private String searchText(HouseholdId household) {
		return jdbc.sql("select text from household_search where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
	}

	private List<UUID> found(Pro professional, String text) {
		return queries.list(professional.actor(), text, new PageOf.Request(0, 20))
			.items()
			.stream()
			.map(HouseholdSummary::id)
			.toList();
	}

}

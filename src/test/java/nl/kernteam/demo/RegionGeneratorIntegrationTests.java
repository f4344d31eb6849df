package nl.kernteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.plan.PlanQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generator writes straight into the modules' tables; this checks that what it writes
 * is a region the application can use. It runs once in the shared test database (the
 * demo's organisation names and usernames are unique there), with a small region.
 */
@IntegrationTest
class RegionGeneratorIntegrationTests {

	private static final String REGION_HOUSEHOLDS = """
			select h.id from household h join professional p on p.id = h.created_by
			 where p.organisation_id in (select id from organisation where name like '%Dalenburg%' or name like '%Havendorp%')
			""";

	@Autowired
	RegionGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	HouseholdQueries households;

	@Autowired
	PlanQueries plans;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void generatesARegionWhoseHouseholdsHaveMembersAContactPersonAndANetwork() {
		region();
		// 60 households, and for up to three of Anouk's single-parent families the
		// father's and the grandmother's
		long secondHomes = count("select count(*) from household_link where kind = 'GRANDPARENTS' and household_id in ("
				+ REGION_HOUSEHOLDS + ")");
		assertThat(secondHomes).isBetween(1L, 3L);
		assertThat(count("select count(*) from (" + REGION_HOUSEHOLDS + ") h")).isEqualTo(60 + 2 * secondHomes);
		assertThat(count("select count(*) from (" + REGION_HOUSEHOLDS + ") h where not exists "
				+ "(select 1 from member m where m.household_id = h.id and m.removed_at is null)"))
			.isZero();
		// the contact person sees the household: a current involvement of their own
		assertThat(count(
				"select count(*) from (" + REGION_HOUSEHOLDS + ") h join contact_person c on c.household_id = h.id "
						+ "and c.ended_at is null where not exists (select 1 from household_visibility_at(now()) v "
						+ "where v.household_id = h.id and v.professional_id = c.professional_id)"))
			.isZero();
		assertThat(count("select count(*) from involvement i join (" + REGION_HOUSEHOLDS
				+ ") h on h.id = i.household_id " + "where i.role = 'INFORMAL' and i.person_name is not null"))
			.isPositive();
		assertThat(count("select count(*) from professional where username = 'anouk.dejong'")).isEqualTo(1);
	}

	@Test
	void givesTheRegionAFamilySystemThatAgreesWithItsMembers() {
		region();
		// every parent-child relation runs from an older parent to a younger child of the
		// same household
		assertThat(count("select count(*) from member_relation r join member f on f.id = r.from_member_id "
				+ "join member t on t.id = r.to_member_id where r.kind = 'PARENT_OF' "
				+ "and (f.birth_date >= t.birth_date or f.household_id <> t.household_id or r.household_id <> t.household_id) "
				+ "and r.household_id in (" + REGION_HOUSEHOLDS + ")"))
			.isZero();
		assertThat(count(
				"select count(*) from member_relation where kind = 'PARENT_OF' and parental_authority and household_id in ("
						+ REGION_HOUSEHOLDS + ")"))
			.isPositive();
		// no partners in a household with one parent
		assertThat(count("select count(*) from member_relation r where r.kind = 'PARTNER_OF' and "
				+ "(select count(*) from member m where m.household_id = r.household_id and m.role = 'PARENT') < 2 "
				+ "and r.household_id in (" + REGION_HOUSEHOLDS + ")"))
			.isZero();
		// as many children live in two homes (the same BSN in two households) as
		// grandmothers are linked
		assertThat(count(
				"select count(distinct a.bsn_fingerprint) from member a join member b on b.bsn_fingerprint = a.bsn_fingerprint "
						+ "and b.household_id <> a.household_id where a.residence = 'PART_TIME' and a.household_id in ("
						+ REGION_HOUSEHOLDS + ")"))
			.isEqualTo(count("select count(*) from household_link where kind = 'GRANDPARENTS' and household_id in ("
					+ REGION_HOUSEHOLDS + ")"))
			.isPositive();
		assertThat(count("select count(*) from life_domain_check")).isPositive();
	}

	@Test
	void plansAndNotesSpeakOnlyOfPeopleWhoAreThere() {
		region();
		String parents = "(select count(*) from member m where m.household_id = %s and m.role = 'PARENT' and m.removed_at is null)";
		String children = "(select count(*) from member m where m.household_id = %s and m.role = 'CHILD' and m.removed_at is null)";
		assertThat(count("select count(*) from plan_goal g where g.text like '%papa en mama%' and "
				+ parents.formatted("g.household_id") + " < 2 and g.household_id in (" + REGION_HOUSEHOLDS + ")"))
			.isZero();
		assertThat(count("select count(*) from note n where n.text like '%vader%' and "
				+ parents.formatted("n.household_id") + " < 2 and n.household_id in (" + REGION_HOUSEHOLDS + ")"))
			.isZero();
		assertThat(count("select count(*) from plan p where " + children.formatted("p.household_id")
				+ " = 0 and p.household_id in (" + REGION_HOUSEHOLDS + ")"))
			.isZero();
		assertThat(count(
				"select count(*) from note n where (n.text like '%kinderen%' or n.text like '%jongste%' or n.text like '%oudste%') and "
						+ children.formatted("n.household_id") + " = 0 and n.household_id in (" + REGION_HOUSEHOLDS
						+ ")"))
			.isZero();
	}

	@Test
	void storesEachBsnAsAFingerprintAndACiphertextOfTheSameValidNumber() {
		region();
		List<String[]> bsns = jdbc.sql("""
				select m.bsn_fingerprint, m.bsn_encrypted, m.given_name, m.birth_date::text from member m
				 where m.household_id in (%s) and m.bsn_encrypted is not null
				""".formatted(REGION_HOUSEHOLDS))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list();
		assertThat(bsns).isNotEmpty();
		for (String[] row : bsns) {
			String bsn = cipher.decrypt(row[1]);
			assertThat(Bsn.isValid(bsn)).isTrue();
			assertThat(cipher.fingerprint(Bsn.canonical(bsn))).isEqualTo(row[0]);
			assertThat(row[2]).isNotBlank();
			assertThat(row[3]).matches("\\d{4}-\\d{2}-\\d{2}");
		}
	}

	@Test
	void givesEveryHouseholdOneLocalTeamContactPersonAndTheDemoAccountsWork() {
		region();
		assertThat(count("select count(*) from (" + REGION_HOUSEHOLDS
				+ ") h where (select count(*) from contact_person c "
				+ "join professional p on p.id = c.professional_id join organisation o on o.id = p.organisation_id "
				+ "where c.household_id = h.id and c.ended_at is null and o.type = 'LOCAL_TEAM') <> 1 "
				+ "and not exists (select 1 from closed_household c where c.household_id = h.id)"))
			.isZero();
		assertThat(count("select count(*) from plan_agreement where owner_name is null")).isZero();
		assertThat(count("select count(*) from plan p join (" + REGION_HOUSEHOLDS + ") h on h.id = p.household_id"))
			.isPositive();
		var anouk = jdbc
			.sql("""
					select p.id, p.name, o.id as org, o.name as org_name from professional p join organisation o on o.id = p.organisation_id
					 where p.username = 'anouk.dejong'
					""")
			.query((rs, row) -> new Actor(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("org", UUID.class), rs.getString("org_name"), OrganisationType.LOCAL_TEAM,
					Set.of(Role.PROFESSIONAL)))
			.single();
		long visible = transactions.execute(tx -> households.list(anouk, "", new PageOf.Request(0, 20)).total());
		assertThat(visible).isPositive();
		assertThat(plans.myWork(anouk)).isNotNull();
	}

	/**
	 * A quarter of the files are closed as their contact person would close them: nothing
	 * runs for them any more, nothing ended before it began, and the benchmarks'
	 * caseloads ({@code anouk.dejong}, {@code esther.vandijk}) are left open.
	 */
	@Test
	void closesAQuarterOfTheFilesAsTheirContactPersonWould() {
		region();
		String closed = "select c.household_id from closed_household c join (" + REGION_HOUSEHOLDS
				+ ") h on h.id = c.household_id";
		long all = count("select count(*) from (" + REGION_HOUSEHOLDS + ") h");
		assertThat(count("select count(*) from (" + closed + ") c")).isPositive().isLessThan(all / 3);
		for (String running : List.of("involvement", "contact_person", "director")) {
			assertThat(count("select count(*) from " + running + " r join (" + closed
					+ ") c on c.household_id = r.household_id where r.ended_at is null"))
				.as("running " + running + " of a closed household")
				.isZero();
			assertThat(count("select count(*) from " + running + " r join household_closure c"
					+ " on c.household_id = r.household_id join (" + REGION_HOUSEHOLDS + ") h on h.id = c.household_id"
					+ " where r.ended_at < r.started_at or r.started_at > c.closed_at"))
				.as(running + " ended before it began")
				.isZero();
		}
		assertThat(
				count("select count(*) from household_closure c join involvement i on i.household_id = c.household_id"
						+ " join professional p on p.id = i.professional_id"
						+ " where p.username in ('anouk.dejong', 'esther.vandijk') and i.ended_at = c.closed_at"))
			.isZero();
		assertThat(count("select count(*) from household_closure c join (" + REGION_HOUSEHOLDS
				+ ") h on h.id = c.household_id where c.retention_until <= current_date"))
			.isZero();
	}

	@Autowired
	nl.kernteam.identity.FamilyDemoAccounts familyDemoAccounts;

	@Test
	void givesTheParentOfAnouksFirstHouseholdADemoFamilyAccountOnce() {
		region();
		familyDemoAccounts.on(new DemoRegionReady(true));
		familyDemoAccounts.on(new DemoRegionReady(false));
		assertThat(count("""
				select count(*) from family_account f
				  join contact_person c on c.household_id = f.household_id and c.ended_at is null
				  join professional p on p.id = c.professional_id and p.username = 'anouk.dejong'
				  join member m on m.id = f.member_id and m.role = 'PARENT'
				 where f.username = 'ouder.demo' and f.demo and f.password_hash is not null
				""")).isEqualTo(1);
		assertThat(count("select count(*) from family_account where demo and username = 'ouder.demo'")).isEqualTo(1);
	}

	/**
	 * Generates the region of 60 households once for this class (the second time, its
	 * names would collide).
	 */
	/**
	 * The demo's team lead of Dalenburg-Noord sees her team's measures: ten households or
	 * more.
	 */
	@Test
	void theDemoTeamLeadSeesHerTeamsMeasures(@Autowired nl.kernteam.learning.LearningMeasures measures,
			@Autowired nl.kernteam.learning.Reflections reflections,
			@Autowired nl.kernteam.learning.Startfotos startfotos,
			@Autowired nl.kernteam.learning.LearningDemoData learningDemoData) {
		region();
		var lead = jdbc.sql("""
				select p.id, p.organisation_id from professional p where p.username = 'sanne.bakker'
				""")
			.query((rs,
					row) -> new java.util.UUID[] { rs.getObject(1, java.util.UUID.class),
							rs.getObject(2, java.util.UUID.class) })
			.single();
		var actor = new nl.kernteam.shared.Actor(lead[0], "Sanne Bakker", lead[1], "Wijkteam Dalenburg-Noord",
				nl.kernteam.shared.OrganisationType.LOCAL_TEAM,
				java.util.Set.of(nl.kernteam.shared.Role.PROFESSIONAL, nl.kernteam.shared.Role.TEAM_LEAD));
		var period = measures.lastYear();
		var figures = transactions.execute(status -> measures.measures(actor, lead[1], period[0], period[1]));
		assertThat(figures.suppressed()).isFalse();
		assertThat(figures.households()).isGreaterThanOrEqualTo(10);
		// and her team's rhythm (with the nudge) and startfoto from the learning demo
		// data
		learningDemoData.on(new DemoRegionReady(false));
		var rhythm = transactions.execute(status -> reflections.rhythm(actor));
		assertThat(rhythm.teamLastMet()).isNotNull();
		assertThat(rhythm.teamSlipping()).isTrue();
		var startfoto = transactions.execute(status -> startfotos.compare(actor, null));
		assertThat(startfoto).hasValueSatisfying(c -> assertThat(c.previous()).isNotNull());
	}

	private void region() {
		if (count("select count(*) from professional where username = 'anouk.dejong'") == 0) {
			assertThat(generator.generate(60, 42)).isEqualTo(60);
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}

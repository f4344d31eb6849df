package nl.kernteam.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The family system of the demo region, written after the households (like
 * {@link RegionGenerator}, straight into the tables, with no access-log rows: nobody read
 * or wrote family data). Every household gets its relations from its members (each parent
 * a parent of each child, with parental authority; two parents are partners; the
 * generator gives each member the gender of their given name), and a few of
 * {@code anouk.dejong}'s single-parent families get a second home: the father's
 * household, with the same child (the same BSN) living there part of the week and its own
 * contact person in the Zuid team, so that Anouk sees that it exists and whom to call but
 * not who lives there; and a grandmother's household that Anouk linked on purpose.
 * Life-domain checks for the parents of a dozen households, three months apart, show
 * scores moving.
 */
@Component
class FamilySystemDemo {

	private final JdbcClient jdbc;

	private final Clock clock;

	FamilySystemDemo(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void generate(long seed) {
		var random = new Random(seed);
		relationsFromRoles();
		secondHomes(random);
		lifeDomains(random);
	}

	/**
	 * One statement per kind for the whole region, however large; households that have
	 * relations keep theirs. Those are looked up once, before the statement writes
	 * ({@code not in}, a hashed set): with {@code not exists} and the table analyzed
	 * while empty (afterMigrate.sql), PostgreSQL read the relations already written for
	 * every row it wrote, its own new rows included, and a region of 50,000 took 140 s to
	 * generate instead of 47.
	 */
	private void relationsFromRoles() {
		jdbc.sql("""
				insert into member_relation (id, household_id, from_member_id, to_member_id, kind, parental_authority,
				                             created_at, created_by)
				select gen_random_uuid(), h.id, p.id, c.id, 'PARENT_OF', true, h.created_at, h.created_by
				  from household h
				  join member p on p.household_id = h.id and p.role = 'PARENT' and p.removed_at is null
				  join member c on c.household_id = h.id and c.role = 'CHILD' and c.removed_at is null
				 where p.birth_date < c.birth_date - interval '15 years'
				   and h.id not in (select r.household_id from member_relation r where r.ended_at is null)
				""").update();
		jdbc.sql(
				"""
						insert into member_relation (id, household_id, from_member_id, to_member_id, kind, created_at, created_by)
						select gen_random_uuid(), h.id, a.id, b.id, 'PARTNER_OF', h.created_at, h.created_by
						  from household h
						  join member a on a.household_id = h.id and a.role = 'PARENT' and a.removed_at is null
						  join member b on b.household_id = h.id and b.role = 'PARENT' and b.removed_at is null and b.id > a.id
						 where h.id not in (select r.household_id from member_relation r
						                     where r.ended_at is null and r.kind <> 'PARENT_OF')
						""")
			.update();
	}

	/**
	 * The father's household and the grandmother's, for three of Anouk's families with
	 * one parent and a child with BSN.
	 */
	private void secondHomes(Random random) {
		// every member predicate says "removed_at is null", so that the partial index by
		// household serves it
		var families = jdbc
			.sql("""
					select h.id, h.created_at, m.family_name, c.id as child_id
					  from contact_person cp
					  join professional anouk on anouk.id = cp.professional_id and anouk.username = 'anouk.dejong'
					  join household h on h.id = cp.household_id
					  join lateral (select min(family_name) as family_name, count(*) as parents from member
					                 where household_id = h.id and role = 'PARENT' and removed_at is null) m on m.parents = 1
					  join lateral (select id from member where household_id = h.id and role = 'CHILD' and removed_at is null
					                   and bsn_fingerprint is not null
					                 order by position limit 1) c on true
					 where cp.ended_at is null
					 order by h.created_at, h.id
					 limit 3
					""")
			.query((rs, row) -> new Family(rs.getObject("id", UUID.class), rs.getTimestamp("created_at"),
					rs.getString("family_name"), rs.getObject("child_id", UUID.class)))
			.list();
		UUID anouk = professional("anouk.dejong");
		UUID esther = professional("esther.vandijk");
		LocalDate today = AmsterdamTime.today(clock);
		for (var family : families) {
			String fatherName = DutchNames.pick(DutchNames.MEN, random);
			UUID fathers = household("Gezin " + fatherName + " " + family.familyName(), esther, family.createdAt());
			UUID father = member(fathers, fatherName, family.familyName(), today.minusYears(38 + random.nextInt(8)),
					"PARENT", "MALE", 0);
			UUID child = jdbc.sql("""
					insert into member (id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint,
					                    bsn_encrypted, position, residence, gender)
					select gen_random_uuid(), :household, given_name, family_name, birth_date, role, bsn_fingerprint,
					       bsn_encrypted, 1, 'PART_TIME', gender
					  from member where id = :child
					returning id
					""").param("household", fathers).param("child", family.childId()).query(UUID.class).single();
			jdbc.sql("update member set residence = 'PART_TIME' where id = :child")
				.param("child", family.childId())
				.update();
			jdbc.sql(
					"""
							insert into member_relation (id, household_id, from_member_id, to_member_id, kind, parental_authority,
							                             created_at, created_by)
							values (gen_random_uuid(), :household, :father, :child, 'PARENT_OF', true, :at, :by)
							""")
				.param("household", fathers)
				.param("father", father)
				.param("child", child)
				.param("at", family.createdAt())
				.param("by", esther)
				.update();

			UUID grandmothers = household("Oma " + family.familyName(), anouk, family.createdAt());
			UUID grandmother = member(grandmothers, DutchNames.pick(DutchNames.WOMEN, random), family.familyName(),
					today.minusYears(66 + random.nextInt(10)), "PARENT", "FEMALE", 0);
			if (family == families.get(0)) {
				// the father's drinking repeats his mother's: each mark is seen only by
				// whoever sees that household
				theme(fathers, father, "ADDICTION", esther, family.createdAt());
				theme(grandmothers, grandmother, "ADDICTION", anouk, family.createdAt());
			}
			jdbc.sql(
					"""
							insert into household_link (id, household_id, other_household_id, kind, reason, created_at, created_by)
							values (gen_random_uuid(), :household, :other, 'GRANDPARENTS', 'Oma vangt de kinderen na school op', :at, :by)
							""")
				.param("household", family.id())
				.param("other", grandmothers)
				.param("at", family.createdAt())
				.param("by", anouk)
				.update();
		}
	}

	/**
	 * Two checks three months apart for the parents of Anouk's first twelve households.
	 */
	private void lifeDomains(Random random) {
		var parents = jdbc.sql("""
				select m.household_id, m.id
				  from (select cp.household_id from contact_person cp
				          join professional p on p.id = cp.professional_id and p.username = 'anouk.dejong'
				         where cp.ended_at is null order by cp.household_id limit 12) h
				  join member m on m.household_id = h.household_id and m.role = 'PARENT' and m.removed_at is null
				""").query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
		UUID anouk = professional("anouk.dejong");
		LocalDate today = AmsterdamTime.today(clock);
		String[] domains = { "FINANCES", "HOUSING", "DOMESTIC_RELATIONS", "MENTAL_HEALTH", "ADDICTION",
				"SOCIAL_NETWORK", "PARENTING", "WORK_EDUCATION" };
		for (var parent : parents) {
			int[] scores = new int[domains.length];
			for (int i = 0; i < scores.length; i++) {
				scores[i] = 1 + random.nextInt(4);
			}
			for (int check = 0; check < 2; check++) {
				UUID id = UUID.randomUUID();
				jdbc.sql("""
						insert into life_domain_check (id, household_id, member_id, checked_on, created_at, created_by)
						values (:id, :household, :member, :date, :at, :by)
						""")
					.param("id", id)
					.param("household", parent[0])
					.param("member", parent[1])
					.param("date", today.minusMonths(check == 0 ? 3 : 0).minusDays(random.nextInt(10)))
					.param("at", Timestamp.from(clock.instant()))
					.param("by", anouk)
					.update();
				var strengths = new ArrayList<String>();
				for (int i = 0; i < domains.length; i++) {
					strengths.add(scores[i] >= 4 ? "SELF" : scores[i] == 3 ? "NETWORK" : "PROFESSIONALS");
				}
				jdbc.sql("""
						insert into life_domain_score (check_id, domain, score, strength)
						select :id, * from unnest(:domains, :scores, :strengths)
						""")
					.param("id", id)
					.param("domains", domains)
					.param("scores", java.util.Arrays.stream(scores).boxed().toArray(Integer[]::new))
					.param("strengths", strengths.toArray(String[]::new))
					.update();
				for (int i = 0; i < scores.length; i++) {
					scores[i] = Math.max(1,
							Math.min(5, scores[i] + random.nextInt(3) - (random.nextInt(4) == 0 ? 1 : 0)));
				}
			}
		}
	}

	private UUID household(String name, UUID contactPerson, Timestamp at) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"insert into household (id, name, created_at, created_by, updated_at) values (:id, :name, :at, :by, :at)")
			.param("id", id)
			.param("name", name)
			.param("at", at)
			.param("by", contactPerson)
			.update();
		jdbc.sql(
				"""
						insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
						select gen_random_uuid(), :household, p.id, p.organisation_id, 'CORE_TEAM', 'Vaste contactpersoon', :at, p.id
						  from professional p where p.id = :by
						""")
			.param("household", id)
			.param("at", at)
			.param("by", contactPerson)
			.update();
		jdbc.sql("""
				insert into contact_person (id, household_id, professional_id, reason, started_at, started_by)
				values (gen_random_uuid(), :household, :by, 'Aangemeld', :at, :by)
				""").param("household", id).param("at", at).param("by", contactPerson).update();
		return id;
	}

	private UUID member(UUID household, String givenName, String familyName, LocalDate birthDate, String role,
			String gender, int position) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into member (id, household_id, given_name, family_name, birth_date, role, position, gender)
				values (:id, :household, :given, :family, :born, :role, :position, :gender)
				""")
			.param("id", id)
			.param("household", household)
			.param("given", givenName)
			.param("family", familyName)
			.param("born", birthDate)
			.param("role", role)
			.param("position", position)
			.param("gender", gender)
			.update();
		return id;
	}

	private void theme(UUID household, UUID member, String theme, UUID by, Timestamp at) {
		jdbc.sql("""
				insert into member_theme (id, household_id, member_id, theme, created_at, created_by)
				values (gen_random_uuid(), :household, :member, :theme, :at, :by)
				""")
			.param("household", household)
			.param("member", member)
			.param("theme", theme)
			.param("at", at)
			.param("by", by)
			.update();
	}

	private UUID professional(String username) {
		return jdbc.sql("select id from professional where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

	private record Family(UUID id, Timestamp createdAt, String familyName, UUID childId) {
	}

}

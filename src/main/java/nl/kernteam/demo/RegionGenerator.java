package nl.kernteam.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the fictional region: organisations and professionals here, then households
 * with members and the network around each household with two years of history
 * ({@link HouseholdGenerator}), their notes and plans ({@link CaseFiles}), and their
 * family system ({@link FamilySystemDemo}). One code path for the demo (hundreds of
 * households) and for benchmarks (tens of thousands): it writes with JDBC batches
 * straight into the modules' tables, and the database's own constraints (one current
 * contact person, from a local team) keep it honest.
 */
@Component
class RegionGenerator {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final FamilySystemDemo familySystem;

	RegionGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, PersonalDataCipher cipher, Clock clock,
			FamilySystemDemo familySystem) {
		this.familySystem = familySystem;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.cipher = cipher;
		this.clock = clock;
	}

	record Professional(UUID id, UUID organisationId, OrganisationType type, String name) {
	}

	/**
	 * @return the number of households generated
	 */
	@Transactional
	public int generate(int householdCount, long seed) {
		var random = new Random(seed);
		var now = clock.instant();
		Map<String, UUID> orgIds = organisations();
		Map<OrganisationType, List<Professional>> professionals = professionals(orgIds, householdCount, random);
		new HouseholdGenerator(random, now, professionals, cipher, new RegionRows(jdbc)).generate(householdCount);
		// Fresh statistics, so that the first queries after a large region is loaded are
		// planned for its size
		// rather than for empty tables (autovacuum would get there within a minute or
		// so). Kernteam's role owns no
		// table, so the owner analyzes them (V10_1).
		jdbc.execute(
				"select kernteam_analyze(array['organisation', 'professional', 'household', 'member', 'involvement', "
						+ "'contact_person', 'note', 'plan', 'plan_goal', 'plan_agreement', 'plan_evaluation']::regclass[])");
		// the family system is built with set-based statements over the tables just
		// analyzed; then analyze its own
		familySystem.generate(seed);
		closeSome(now);
		jdbc.execute(
				"select kernteam_analyze(array['member', 'member_relation', 'household_link', 'life_domain_check', "
						+ "'life_domain_score', 'member_theme', 'household_closure', 'involvement', 'contact_person', "
						+ "'director']::regclass[])");
		return householdCount;
	}

	/**
	 * A region's files end: a quarter of the households are closed, as their contact
	 * person closes them ({@code network.HouseholdClosing}): a day after the last
	 * involvement began, every involvement, the director and the contact person end, and
	 * the closure is recorded with its retention period. Before this the benchmark region
	 * had no closed file, and nothing measured what they cost (docs/BENCHMARKS.md, ninth
	 * round). Households in which {@code anouk.dejong} or {@code esther.vandijk} is
	 * involved stay open: the benchmarks' caseloads stay as they were.
	 */
	private void closeSome(Instant now) {
		jdbc.execute("""
				create temporary table closing (household_id uuid primary key, closed_by uuid, closed_at timestamptz)
				    on commit drop
				""");
		jdbc.update(
				"""
						insert into closing (household_id, closed_by, closed_at)
						select household_id, closed_by, closed_at from (
						    select h.id as household_id, cp.professional_id as closed_by, last.started_at + interval '1 day' as closed_at,
						           row_number() over (order by md5(h.id::text)) as n, count(*) over () as qualifying
						      from household h
						      join contact_person cp on cp.household_id = h.id and cp.ended_at is null
						      cross join lateral (select greatest((select max(i.started_at) from involvement i where i.household_id = h.id),
						                                          (select max(t.started_at) from contact_person t where t.household_id = h.id),
						                                          (select max(d.started_at) from director d where d.household_id = h.id))
						                                 as started_at) last
						     where last.started_at < cast(? as timestamptz) - interval '2 days'
						       and not exists (select 1 from involvement i join professional p on p.id = i.professional_id
						                        where i.household_id = h.id and i.ended_at is null
						                          and p.username in ('anouk.dejong', 'esther.vandijk'))) candidates
						 where n <= greatest(1, qualifying / 4)
						""",
				ts(now));
		jdbc.execute("""
				update director d set ended_at = c.closed_at, ended_by = c.closed_by
				  from closing c where d.household_id = c.household_id and d.ended_at is null
				""");
		jdbc.execute(
				"""
						update contact_person t set ended_at = c.closed_at, ended_by = c.closed_by, previous_stays_involved = false
						  from closing c where t.household_id = c.household_id and t.ended_at is null
						""");
		jdbc.execute("""
				update involvement i set ended_at = c.closed_at, ended_by = c.closed_by,
				       end_reason = 'Hulp afgerond: de veiligheid is duurzaam hersteld.'
				  from closing c where i.household_id = c.household_id and i.ended_at is null
				""");
		jdbc.execute(
				"""
						insert into household_closure (id, household_id, closed_at, closed_by, reason, last_scale, retention_until)
						select gen_random_uuid(), household_id, closed_at, closed_by,
						       'De veiligheid is duurzaam hersteld; het gezin kan verder met de hulp uit het eigen netwerk.', 8,
						       cast(cast(closed_at at time zone 'Europe/Amsterdam' as date) + interval '20 years' as date)
						  from closing
						""");
	}

	private Map<String, UUID> organisations() {
		Map<String, UUID> ids = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (var org : DemoRegion.ORGANISATIONS) {
			UUID id = UUID.randomUUID();
			ids.put(org.key(), id);
			rows.add(new Object[] { id, org.name(), org.type().name(), org.phone(), org.email() });
		}
		jdbc.batchUpdate("insert into organisation (id, name, type, phone, email) values (?, ?, ?, ?, ?)", rows);
		return ids;
	}

	private Map<OrganisationType, List<Professional>> professionals(Map<String, UUID> orgIds, int householdCount,
			Random random) {
		String hash = passwordEncoder.encode(DemoRegion.DEMO_PASSWORD);
		Map<String, OrganisationType> types = new HashMap<>();
		DemoRegion.ORGANISATIONS.forEach(org -> types.put(org.key(), org.type()));
		Map<OrganisationType, List<Professional>> byType = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (var account : DemoRegion.ACCOUNTS) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, account.username(), hash, account.name(), orgIds.get(account.orgKey()),
					String.join(",", account.roles().stream().map(Role::name).toList()),
					account.username() + "@" + account.orgKey() + ".example" });
			if (account.roles().contains(Role.PROFESSIONAL)) {
				byType.computeIfAbsent(types.get(account.orgKey()), t -> new ArrayList<>())
					.add(new Professional(id, orgIds.get(account.orgKey()), types.get(account.orgKey()),
							account.name()));
			}
		}
		// Every generated account shares the published password: marked as demo, so that
		// login can refuse them
		// when Kernteam is reachable from the network (see identity's DemoLogins).
		// A region of many households has more people: about one local-team professional
		// per 25 households,
		// and one per 100 in each other organisation. The named demo accounts above
		// always exist.
		int extraLocal = Math.max(0, householdCount / 25 - 13);
		int extraOther = Math.max(0, householdCount / 100 - 3);
		String[] localTeams = { "noord", "zuid", "haven" };
		String[] others = { "vt", "rvdk", "gi", "ggz", "politie" };
		for (int i = 0; i < extraLocal; i++) {
			rows.add(extra(localTeams[i % 3], i, hash, orgIds, types, byType, random));
		}
		for (int i = 0; i < extraOther * others.length; i++) {
			rows.add(extra(others[i % others.length], extraLocal + i, hash, orgIds, types, byType, random));
		}
		for (int from = 0; from < rows.size(); from += RegionRows.BATCH) {
			jdbc.batchUpdate("""
					insert into professional (id, username, password_hash, name, organisation_id, roles, email, demo)
					values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, true)
					""", rows.subList(from, Math.min(rows.size(), from + RegionRows.BATCH)));
		}
		return byType;
	}

	private Object[] extra(String orgKey, int number, String hash, Map<String, UUID> orgIds,
			Map<String, OrganisationType> types, Map<OrganisationType, List<Professional>> byType, Random random) {
		UUID id = UUID.randomUUID();
		boolean woman = random.nextBoolean();
		String name = DutchNames.pick(woman ? DutchNames.WOMEN : DutchNames.MEN, random) + " "
				+ capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random));
		byType.computeIfAbsent(types.get(orgKey), t -> new ArrayList<>())
			.add(new Professional(id, orgIds.get(orgKey), types.get(orgKey), name));
		return new Object[] { id, "medewerker" + (number + 1), hash, name, orgIds.get(orgKey), Role.PROFESSIONAL.name(),
				"medewerker" + (number + 1) + "@" + orgKey + ".example" };
	}

	static String capitalise(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A moment between the two, to the minute, drawn from the region's random sequence.
	 */
	static Instant between(Random random, Instant from, Instant to) {
		long span = Math.max(1, Duration.between(from, to).toMinutes());
		return from.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
	}

	static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}

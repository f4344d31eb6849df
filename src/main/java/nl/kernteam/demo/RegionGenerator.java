package nl.kernteam.demo;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the fictional region: organisations, professionals, households with members, and the network
 * around each household with two years of history. One code path for the demo (hundreds of households) and
 * for benchmarks (tens of thousands): it writes with JDBC batches straight into the modules' tables, and the
 * database's own constraints (one current contact person, from a local team) keep it honest.
 */
@Component
class RegionGenerator {

	private static final int BATCH = 1000;

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

	/** @return the number of households generated */
	@Transactional
	public int generate(int householdCount, long seed) {
		var random = new Random(seed);
		var now = clock.instant();
		Map<String, UUID> orgIds = organisations();
		Map<OrganisationType, List<Professional>> professionals = professionals(orgIds, householdCount, random);
		new Households(random, now, professionals).generate(householdCount);
		// Fresh statistics, so that the first queries after a large region is loaded are planned for its size
		// rather than for empty tables (autovacuum would get there within a minute or so). Kernteam's role owns no
		// table, so the owner analyzes them (V10_1).
		jdbc.execute("select kernteam_analyze(array['organisation', 'professional', 'household', 'member', 'involvement', "
				+ "'contact_person', 'note', 'plan', 'plan_goal', 'plan_agreement', 'plan_evaluation']::regclass[])");
		// the family system is built with set-based statements over the tables just analyzed; then analyze its own
		familySystem.generate(seed);
		jdbc.execute("select kernteam_analyze(array['member', 'member_relation', 'household_link', 'life_domain_check', "
				+ "'life_domain_score', 'member_theme']::regclass[])");
		return householdCount;
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
					.add(new Professional(id, orgIds.get(account.orgKey()), types.get(account.orgKey()), account.name()));
			}
		}
		// Every generated account shares the published password: marked as demo, so that login can refuse them
		// when Kernteam is reachable from the network (see identity's DemoLogins).
		// A region of many households has more people: about one local-team professional per 25 households,
		// and one per 100 in each other organisation. The named demo accounts above always exist.
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
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate("""
					insert into professional (id, username, password_hash, name, organisation_id, roles, email, demo)
					values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, true)
					""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
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

	/** Households, members and their networks, written in batches. */
	private final class Households {

		private final Random random;

		private final Instant now;

		private final Map<OrganisationType, List<Professional>> professionals;

		private final List<Object[]> households = new ArrayList<>();

		private final List<Object[]> members = new ArrayList<>();

		private final List<Object[]> involvements = new ArrayList<>();

		private final List<Object[]> contactPersons = new ArrayList<>();

		private final List<Object[]> notes = new ArrayList<>();

		private final List<Object[]> plans = new ArrayList<>();

		private final List<Object[]> goals = new ArrayList<>();

		private final List<Object[]> agreements = new ArrayList<>();

		private final List<Object[]> evaluations = new ArrayList<>();

		/** The members of the household being generated: id, full name. */
		private final List<String[]> current = new ArrayList<>();

		/** Who lives in the household being generated, so that its plan and notes speak of people who are there. */
		private Family family = new Family(false, false, 0);

		Households(Random random, Instant now, Map<OrganisationType, List<Professional>> professionals) {
			this.random = random;
			this.now = now;
			this.professionals = professionals;
		}

		void generate(int count) {
			for (int i = 0; i < count; i++) {
				household(i);
				if (households.size() >= BATCH) {
					flush();
				}
			}
			flush();
		}

		private void household(int index) {
			UUID id = UUID.randomUUID();
			Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 730)));
			String familyName = capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random));
			var locals = professionals.get(OrganisationType.LOCAL_TEAM);
			// The first local-team accounts (the demo's Anouk, Mark ...) get a larger share, so that a demo
			// login shows a full list.
			Professional contact = locals.get(index % 4 == 0 ? index % Math.min(5, locals.size()) : random.nextInt(locals.size()));
			Instant handover = null;
			Professional previous = null;
			if (random.nextInt(100) < 18 && locals.size() > 1) {
				previous = other(locals, contact);
				handover = between(created, now);
			}
			Professional first = previous != null ? previous : contact;
			households.add(new Object[] { id, "Gezin " + familyName, ts(created), first.id(), ts(latest(created, handover)) });
			members(id, familyName);
			// the contact person (and, after a handover, the one before)
			if (previous != null) {
				involvement(id, previous, "CORE_TEAM", "Gezin aangemeld", created, random.nextBoolean() ? null : between(handover, now), previous);
				contactPersons.add(new Object[] { UUID.randomUUID(), id, previous.id(), "Gezin aangemeld", ts(created), previous.id(), ts(handover) });
				involvement(id, contact, "CORE_TEAM", "Vaste contactpersoon overgenomen", handover, null, previous);
				contactPersons.add(new Object[] { UUID.randomUUID(), id, contact.id(), "Collega vertrekt uit het wijkteam", ts(handover), previous.id(), null });
			}
			else {
				involvement(id, contact, "CORE_TEAM", "Gezin aangemeld", created, null, contact);
				contactPersons.add(new Object[] { UUID.randomUUID(), id, contact.id(), "Gezin aangemeld", ts(created), contact.id(), null });
			}
			maybe(id, created, OrganisationType.VEILIG_THUIS, 30, "CORE_TEAM", "Melding huiselijk geweld; veiligheidsbeoordeling", contact);
			maybe(id, created, OrganisationType.CHILD_PROTECTION_BOARD, 12, "EXPERT", "Denkt mee over veiligheid; mogelijk beschermingsonderzoek", contact);
			maybe(id, created, OrganisationType.YOUTH_PROTECTION_AGENCY, 8, "CORE_TEAM", "Uitvoering ondertoezichtstelling", contact);
			maybe(id, created, OrganisationType.MENTAL_HEALTH, 22, "PARTNER", "Behandeling van een ouder", contact);
			maybe(id, created, OrganisationType.POLICE, 10, "PARTNER", "Politiecontact na incident", contact);
			notes(id, contact, handover != null ? handover : created);
			int informal = random.nextInt(100) < 45 ? 1 + random.nextInt(2) : 0;
			String[] helper = null;
			// notes are written before the own circle joins, so they name no helper
			for (int i = 0; i < informal; i++) {
				String relation = DutchNames.pick(DutchNames.RELATIONS, random);
				boolean man = java.util.Set.of("opa", "oom", "buurman", "voetbaltrainer").contains(relation);
				String person = DutchNames.pick(man ? DutchNames.MEN : DutchNames.WOMEN, random);
				UUID involvement = UUID.randomUUID();
				helper = new String[] { involvement.toString(), person, relation };
				involvements.add(new Object[] { involvement, id, null, null, person, relation, "INFORMAL",
						"Steun uit het eigen netwerk", ts(between(created, now)), contact.id(), null, null });
			}
			if (random.nextInt(100) < 40 && family.children() > 0) {
				plan(id, contact, created, helper);
			}
		}

		/** A plan with a goal or two and agreements for a parent, someone of the own circle and the contact person. */
		private void plan(UUID household, Professional contact, Instant created, String[] helper) {
			Instant started = between(created, now);
			LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
			String phase = random.nextInt(3) == 0 ? "SAFETY_PLAN" : "SAFETY_CONDITIONS";
			plans.add(new Object[] { household, phase, pick(FAMILY_WORDS)[1], ts(started), contact.id(), ts(started),
					contact.id() });
			UUID goal = UUID.randomUUID();
			String[] goalAndAgreements = java.util.Arrays.copyOfRange(pick(GOALS), 1, 5);
			goals.add(new Object[] { goal, household, goalAndAgreements[0], 1, ts(started), contact.id() });
			String[] parent = current.get(0);
			agreement(household, goal, goalAndAgreements[1], "FAMILY_MEMBER", UUID.fromString(parent[0]), null, null, parent[1],
					today.plusDays(random.nextInt(30) - 8), contact, started);
			if (helper != null) {
				agreement(household, goal, capitalise(helper[2]) + " " + goalAndAgreements[2], "INFORMAL", null,
						UUID.fromString(helper[0]), null, helper[1], today.plusDays(random.nextInt(30) - 5), contact, started);
			}
			agreement(household, goal, goalAndAgreements[3], "PROFESSIONAL", null, null, contact.id(), contact.name(),
					today.plusDays(random.nextInt(21) - 4), contact, started);
			evaluations.add(new Object[] { UUID.randomUUID(), household, java.sql.Date.valueOf(today.plusDays(3 + random.nextInt(40))),
					ts(started), contact.id() });
		}

		private void agreement(UUID household, UUID goal, String description, String kind, UUID member, UUID involvement,
				UUID professional, String name, LocalDate due, Professional by, Instant at) {
			String status = due.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC)) && random.nextBoolean() ? "DONE" : "OPEN";
			agreements.add(new Object[] { UUID.randomUUID(), household, goal, description, kind, member, involvement,
					professional, name, java.sql.Date.valueOf(due), status, ts(at), by.id(), ts(at), by.id() });
		}

		private void notes(UUID household, Professional author, Instant since) {
			int count = random.nextInt(100) < 65 ? 1 + random.nextInt(4) : 0;
			for (int i = 0; i < count; i++) {
				Instant at = between(since, now);
				String[] note = java.util.Arrays.copyOfRange(pick(NOTES), 1, 3);
				notes.add(new Object[] { UUID.randomUUID(), household, author.id(), author.organisationId(), note[0],
						java.sql.Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC)), note[1], ts(at) });
			}
		}

		private void maybe(UUID household, Instant created, OrganisationType type, int percent, String role,
				String reason, Professional by) {
			var candidates = professionals.get(type);
			if (candidates == null || candidates.isEmpty() || random.nextInt(100) >= percent) {
				return;
			}
			Instant start = between(created, now);
			Instant end = random.nextInt(100) < 30 ? between(start, now) : null;
			involvement(household, candidates.get(random.nextInt(candidates.size())), role, reason, start, end, by);
		}

		private void involvement(UUID household, Professional professional, String role, String reason, Instant start,
				Instant end, Professional by) {
			involvements.add(new Object[] { UUID.randomUUID(), household, professional.id(), professional.organisationId(),
					null, null, role, reason, ts(start), by.id(), end == null ? null : ts(end), end == null ? null : by.id() });
		}

		/** A text whose first element says whom it needs: C children, M a mother, F a father, S a mother on her own. */
		private String[] pick(String[][] texts) {
			var fitting = java.util.Arrays.stream(texts).filter(text -> family.fits(text[0])).toList();
			return fitting.get(random.nextInt(fitting.size()));
		}

		private void members(UUID household, String familyName) {
			current.clear();
			int shape = random.nextInt(100);
			family = shape < 5 ? new Family(false, false, 0) : new Family(true, shape < 50, 0);
			LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
			int position = 0;
			if (shape < 5) {
				member(household, adult(random.nextBoolean()), familyName, today.minusYears(19 + random.nextInt(70)), "PARENT", position);
				return;
			}
			int parentAge = 24 + random.nextInt(24);
			member(household, adult(true), familyName, today.minusYears(parentAge).minusDays(random.nextInt(365)), "PARENT", position++);
			if (shape < 50) {
				member(household, adult(false), random.nextInt(4) == 0 ? capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)) : familyName,
						today.minusYears(parentAge + random.nextInt(7) - 2).minusDays(random.nextInt(365)), "PARENT", position++);
			}
			else if (shape < 62) {
				member(household, adult(false), capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)),
						today.minusYears(parentAge + random.nextInt(9) - 3).minusDays(random.nextInt(365)), "CARER", position++);
			}
			else if (shape < 72) {
				member(household, adult(true), capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)),
						today.minusYears(parentAge + 22 + random.nextInt(10)).minusDays(random.nextInt(365)), "OTHER", position++);
			}
			int children = 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 3);
			for (int c = 0; c < children; c++) {
				int maxAge = Math.max(1, Math.min(21, parentAge - 18));
				boolean girl = random.nextBoolean();
				member(household, DutchNames.pick(girl ? DutchNames.GIRLS : DutchNames.BOYS, random), familyName,
						today.minusYears(random.nextInt(maxAge)).minusDays(random.nextInt(365)), "CHILD", position++);
			}
			family = new Family(family.mother(), family.father(), children);
		}

		private String adult(boolean woman) {
			return DutchNames.pick(woman ? DutchNames.WOMEN : DutchNames.MEN, random);
		}

		private void member(UUID household, String givenName, String familyName, LocalDate birthDate, String role,
				int position) {
			String bsn = random.nextInt(100) < 75 ? DutchNames.bsn(random) : null;
			UUID id = UUID.randomUUID();
			current.add(new String[] { id.toString(), givenName + " " + familyName });
			members.add(new Object[] { id, household, givenName, familyName, birthDate, role,
					bsn == null ? null : cipher.fingerprint(Bsn.canonical(bsn)), bsn == null ? null : cipher.encrypt(bsn),
					position, DutchNames.WOMEN.contains(givenName) || DutchNames.GIRLS.contains(givenName) ? "FEMALE" : "MALE" });
		}

		private Professional other(List<Professional> candidates, Professional not) {
			Professional pick;
			do {
				pick = candidates.get(random.nextInt(candidates.size()));
			}
			while (pick.equals(not));
			return pick;
		}

		private Instant between(Instant from, Instant to) {
			long span = Math.max(1, Duration.between(from, to).toMinutes());
			return from.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
		}

		private void flush() {
			insertAll("household", "id, name, created_at, created_by, updated_at",
					List.of("uuid", "text", "timestamptz", "uuid", "timestamptz"), households);
			insertAll("member", "id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint, bsn_encrypted, position, gender",
					List.of("uuid", "uuid", "text", "text", "date", "text", "text", "text", "int4", "text"), members);
			insertAll("involvement", """
					id, household_id, professional_id, organisation_id, person_name, relation, role, reason, started_at,
					started_by, ended_at, ended_by""",
					List.of("uuid", "uuid", "uuid", "uuid", "text", "text", "text", "text", "timestamptz", "uuid", "timestamptz", "uuid"),
					involvements);
			insertAll("contact_person", "id, household_id, professional_id, reason, started_at, started_by, ended_at",
					List.of("uuid", "uuid", "uuid", "text", "timestamptz", "uuid", "timestamptz"), contactPersons);
			insertAll("note", "id, household_id, author_id, organisation_id, kind, occurred_on, text, created_at",
					List.of("uuid", "uuid", "uuid", "uuid", "text", "date", "text", "timestamptz"), notes);
			insertAll("plan", "household_id, phase, family_words, created_at, created_by, updated_at, updated_by",
					List.of("uuid", "text", "text", "timestamptz", "uuid", "timestamptz", "uuid"), plans);
			insertAll("plan_goal", "id, household_id, text, position, created_at, created_by",
					List.of("uuid", "uuid", "text", "int4", "timestamptz", "uuid"), goals);
			insertAll("plan_agreement", """
					id, household_id, goal_id, description, owner_kind, owner_member_id, owner_involvement_id,
					owner_professional_id, owner_name, due_date, status, created_at, created_by, updated_at, updated_by""",
					List.of("uuid", "uuid", "uuid", "text", "text", "uuid", "uuid", "uuid", "text", "date", "text",
							"timestamptz", "uuid", "timestamptz", "uuid"), agreements);
			insertAll("plan_evaluation", "id, household_id, planned_on, created_at, created_by",
					List.of("uuid", "uuid", "date", "timestamptz", "uuid"), evaluations);
			notes.clear();
			plans.clear();
			goals.clear();
			agreements.clear();
			evaluations.clear();
			households.clear();
			members.clear();
			involvements.clear();
			contactPersons.clear();
		}
	}

	/**
	 * Inserts rows with one statement per table and batch: each column goes as one array, and {@code unnest}
	 * turns the arrays back into rows. A JDBC batch would execute one insert per row on the server; this was
	 * the generator's largest cost (see docs/BENCHMARKS.md).
	 */
	private void insertAll(String table, String columns, List<String> types, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder arrays = new StringBuilder();
		for (int c = 0; c < types.size(); c++) {
			arrays.append(c == 0 ? "" : ", ").append("?::").append(types.get(c)).append("[]");
		}
		String sql = "insert into " + table + " (" + columns + ") select * from unnest(" + arrays + ")";
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int c = 0; c < types.size(); c++) {
					String[] column = new String[rows.size()];
					for (int r = 0; r < rows.size(); r++) {
						column[r] = text(rows.get(r)[c]);
					}
					statement.setArray(c + 1, connection.createArrayOf("text", column));
				}
				statement.executeUpdate();
			}
			return null;
		});
	}

	/** A value as PostgreSQL reads it back from text; instants in ISO-8601 UTC, never in the JVM's zone. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString();
	}

	/** Who a household is: a mother (the first parent is a woman), a father (a second parent), how many children. */
	private record Family(boolean mother, boolean father, int children) {

		boolean fits(String needs) {
			return (!needs.contains("C") || children > 0) && (!needs.contains("M") || mother)
					&& (!needs.contains("F") || father) && (!needs.contains("S") || mother && !father);
		}
	}

	private static final String[][] FAMILY_WORDS = {
			{ "C", "Wij willen dat het thuis rustig is en dat de kinderen niet meer bang zijn." },
			{ "C", "Wij willen samen met de mensen om ons heen zorgen dat er altijd iemand is voor de kinderen." },
			{ "SC", "Ik wil een goede moeder zijn en hulp als het me te veel wordt." },
			{ "FC", "Wij willen geen ruzie meer waar de kinderen bij zijn." } };

	/** The goal, then the agreements of a parent, of someone of the own circle (after their relation) and of the contact person. */
	private static final String[][] GOALS = {
			{ "MFC", "De kinderen zijn veilig als papa en mama ruzie hebben",
					"Ouders gaan uit elkaar staan als de ruzie oploopt en bellen om hulp",
					"haalt de kinderen op als de ouders bellen", "Contactpersoon regelt een cursus omgaan met boosheid" },
			{ "MC", "Er is elke dag eten en de kinderen gaan naar school",
					"Moeder maakt een weekschema voor boodschappen en school",
					"brengt de jongste op dinsdag naar school", "Contactpersoon gaat mee naar schuldhulp" },
			{ "MC", "Moeder krijgt hulp als het haar te veel wordt",
					"Moeder belt haar contactpersoon als ze het niet meer aankan",
					"komt twee avonden per week langs", "Contactpersoon meldt moeder aan bij de GGZ" } };

	private static final String[][] NOTES = {
			{ "", "CONVERSATION", "Kennismakingsgesprek. We spraken over wat er nodig is, wat al goed gaat en wie er al helpt." },
			{ "MC", "HOME_VISIT", "Huisbezoek. Moeder vertelt dat de avonden rustiger verlopen sinds de afspraken over bedtijd. De kinderen waren vrolijk en lieten hun kamer zien." },
			{ "F", "CONVERSATION", "Gesprek met vader over de ruzies thuis. Hij wil hulp bij omgaan met spanning; we zoeken samen naar een cursus in de buurt." },
			{ "C", "PHONE_CALL", "Telefoon met school: de oudste komt weer op tijd en doet beter mee in de klas. School belt bij nieuwe zorgen." },
			{ "C", "MEETING", "Netwerkoverleg met het gezin en Veilig Thuis. Afgesproken wie de kinderen op woensdag opvangt." },
			{ "C", "HOME_VISIT", "Onaangekondigd huisbezoek na melding van de buren. Geen acute onveiligheid gezien; het gezin stond open voor gesprek." },
			{ "C", "CONVERSATION", "Gesprek met de jongste alleen (Drie Huizen). Noemt de eigen kamer als fijne plek; ruzie maakt bang." },
			{ "M", "PHONE_CALL", "Moeder belde: de uitkering is stopgezet. Doorverwezen naar schuldhulp; volgende week samen naar het loket." },
			{ "F", "MEETING", "Overleg met GGZ over de behandeling van vader, met zijn toestemming. Hij is gestart met wekelijkse gesprekken." } };

	private static Instant latest(Instant a, Instant b) {
		return b == null || a.isAfter(b) ? a : b;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}
}

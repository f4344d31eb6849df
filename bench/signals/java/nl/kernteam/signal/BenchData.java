package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's data: the million signals, loaded once with SQL, and the people registered during a run.
 * Professional p works for organisation p % 40 + 1 (types in turn: Veilig Thuis, child protection board, mental
 * health, police, local team); ids are MD5 UUIDs of their names, so that SQL and Java agree on them.
 */
class BenchData {

	static final int SIGNALS = 1_000_000;

	static final int HOUSEHOLDS = 150_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final Random random = new Random(System.nanoTime());

	BenchData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, PersonalDataCipher cipher,
			Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = transaction;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Loads the million unless the data directory holds it already; tells what it did through {@code report}. */
	void load(Consumer<String> report) {
		if (count("signal") >= SIGNALS) {
			report.accept("Data: reused the million signals in the data directory");
			return;
		}
		long begin = System.nanoTime();
		if (count("household") < HOUSEHOLDS) {
			loadHouseholds();
			report.accept(String.format("Data: organisations, professionals, %,d households with a parent and a child loaded in %,d s", HOUSEHOLDS,
					(System.nanoTime() - begin) / 1_000_000_000));
		}
		begin = System.nanoTime();
		transaction.executeWithoutResult(status -> loadSignals());
		jdbc.sql("analyze").update();
		report.accept(String.format("Data: %,d signals inserted (with their 7 indexes) and analysed in %,d s", SIGNALS,
				(System.nanoTime() - begin) / 1_000_000_000));
	}

	void loadHouseholds() {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into organisation (id, name, type, phone, email)
					select md5('bench-org-' || n)::uuid, 'Benchorganisatie ' || n,
					       (array['LOCAL_TEAM', 'VEILIG_THUIS', 'CHILD_PROTECTION_BOARD', 'MENTAL_HEALTH', 'POLICE'])[n % 5 + 1],
					       '010 ' || lpad(n::text, 3, '0') || ' 0000', 'org' || n || '@bench.example'
					  from generate_series(1, 40) n
					""").update();
			// professional p works for organisation p % 40 + 1; p = 5i + 4 are local-team professionals
			jdbc.sql("""
					insert into professional (id, username, password_hash, name, organisation_id, roles, email, phone)
					select md5('bench-pro-' || p)::uuid, 'bench' || p, '{noop}not-for-login', 'Bench Professional ' || p,
					       md5('bench-org-' || (p % 40 + 1))::uuid, '{PROFESSIONAL}', 'pro' || p || '@bench.example',
					       '06 ' || lpad(p::text, 8, '0')
					  from generate_series(0, 999) p
					""").update();
			jdbc.sql("""
					insert into household (id, name, created_at, created_by, updated_at)
					select md5('bench-hh-' || h)::uuid, 'Gezin Bench ' || h, now(), md5('bench-pro-' || (5 * (h % 200) + 4))::uuid, now()
					  from generate_series(1, :households) h
					""").param("households", HOUSEHOLDS).update();
			jdbc.sql("""
					insert into contact_person (id, household_id, professional_id, reason, started_at, started_by)
					select md5('bench-cp-' || h)::uuid, md5('bench-hh-' || h)::uuid, md5('bench-pro-' || (5 * (h % 200) + 4))::uuid,
					       'Benchmark', now(), md5('bench-pro-' || (5 * (h % 200) + 4))::uuid
					  from generate_series(1, :households) h
					""").param("households", HOUSEHOLDS).update();
			jdbc.sql("""
					insert into member (id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint, bsn_encrypted, position)
					select md5('bench-m-' || h || '-' || c)::uuid, md5('bench-hh-' || h)::uuid,
					       case c when 0 then 'Ouder' else 'Kind' end, 'Bench' || h,
					       case c when 0 then date '1985-01-01' else date '2012-01-01' end + (h % 3000),
					       case c when 0 then 'PARENT' else 'CHILD' end,
					       encode(sha256(convert_to('bench-person-' || (2 * h + c), 'UTF8')), 'hex'), 'bench-not-encrypted', c
					  from generate_series(1, :households) h cross join generate_series(0, 1) c
					""").param("households", HOUSEHOLDS).update();
		});
	}

	void loadSignals() {
		// 30%: a parent (mental health) and their child (child protection board) of the same household
		jdbc.sql("""
				insert into signal (id, person_fingerprint, identified_by, hint, birth_date, organisation_id, professional_id, registered_at)
				select md5('bench-s-' || h || '-' || c)::uuid,
				       encode(sha256(convert_to('bench-person-' || (2 * h + c), 'UTF8')), 'hex'), 'BSN',
				       '••••••' || lpad((h % 1000)::text, 3, '0'),
				       case c when 1 then date '2012-01-01' + (h % 3000) end,
				       md5('bench-org-' || (3 - c + 5 * (h % 8)))::uuid,
				       md5('bench-pro-' || (2 - c + 5 * (h % 8) + 40 * (h % 25)))::uuid,
				       now() - interval '1 hour' - make_interval(secs => ((h * 2 + c)::bigint * 7919) % (700 * 86400))
				  from generate_series(1, :households) h cross join generate_series(0, 1) c
				""").param("households", HOUSEHOLDS).update();
		// 70%: people outside Kernteam households; 50,000 of them signalled by two organisations; 10% withdrawn.
		// Organisation, professional and withdrawal are taken from independent parts of k, so that every
		// professional gets an even share.
		jdbc.sql("""
				insert into signal (id, person_fingerprint, identified_by, hint, organisation_id, professional_id, registered_at,
				                    ended_at, end_reason)
				select md5('bench-s-' || k)::uuid, encode(sha256(convert_to('bench-person-' || q, 'UTF8')), 'hex'), 'BSN',
				       case when (k / 1000) % 10 <> 0 then '••••••' || lpad((k % 1000)::text, 3, '0') end,
				       md5('bench-org-' || o)::uuid, md5('bench-pro-' || (o - 1 + 40 * ((k / 40) % 25)))::uuid, at,
				       case when (k / 1000) % 10 = 0 then at + (now() - at) / 2 end,
				       case when (k / 1000) % 10 = 0 then 'WITHDRAWN' end
				  from (select k, 1000000 + k % 650000 as q,
				               case when k < 650000 then (1000000 + k % 650000) % 40 + 1 else (1000007 + k % 650000) % 40 + 1 end as o,
				               now() - interval '1 hour' - make_interval(secs => (k::bigint * 7919) % (700 * 86400)) as at
				          from generate_series(0, :singles - 1) k) s
				""").param("singles", SIGNALS - 2 * HOUSEHOLDS).update();
	}

	enum Kind {
		SAME_PERSON, FAMILY, NONE
	}

	record Person(String bsn, Kind kind) {
	}

	/**
	 * People with real BSNs: a third already signalled by another organisation, a third the child in a new Kernteam
	 * household whose parent another organisation signalled, a third unknown.
	 */
	List<Person> prepare(int count) {
		var people = new ArrayList<Person>();
		var existing = new ArrayList<Object[]>();
		var households = new ArrayList<Object[]>();
		var members = new ArrayList<Object[]>();
		Timestamp now = Timestamp.from(clock.instant());
		UUID other = professional(1);
		UUID otherOrganisation = organisation(2);
		UUID contactPerson = professional(4);
		Set<String> used = new HashSet<>();
		for (int i = 0; i < count; i++) {
			var kind = Kind.values()[i % 3];
			String bsn = bsn(used);
			people.add(new Person(bsn, kind));
			String fingerprint = cipher.fingerprint(bsn);
			if (kind == Kind.SAME_PERSON) {
				existing.add(new Object[] { UUID.randomUUID(), fingerprint, otherOrganisation, other, now });
			}
			else if (kind == Kind.FAMILY) {
				UUID household = UUID.randomUUID();
				String parent = cipher.fingerprint(bsn(used));
				households.add(new Object[] { household, "Gezin Meting", now, contactPerson, now });
				members.add(new Object[] { UUID.randomUUID(), household, "Ouder", "Meting", LocalDate.of(1984, 4, 4), "PARENT", parent, 0 });
				members.add(new Object[] { UUID.randomUUID(), household, "Kind", "Meting", LocalDate.of(2013, 3, 3), "CHILD", fingerprint, 1 });
				existing.add(new Object[] { UUID.randomUUID(), parent, otherOrganisation, other, now });
			}
		}
		transaction.executeWithoutResult(status -> {
			template.batchUpdate("insert into household (id, name, created_at, created_by, updated_at) values (?, ?, ?, ?, ?)", households);
			template.batchUpdate("""
					insert into contact_person (id, household_id, professional_id, reason, started_at, started_by)
					values (gen_random_uuid(), ?, ?, 'Benchmark', now(), ?)
					""", households.stream().map(h -> new Object[] { h[0], contactPerson, contactPerson }).toList());
			template.batchUpdate("""
					insert into member (id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint, bsn_encrypted, position)
					values (?, ?, ?, ?, ?, ?, ?, 'bench-not-encrypted', ?)
					""", members);
			template.batchUpdate("""
					insert into signal (id, person_fingerprint, identified_by, hint, organisation_id, professional_id, registered_at)
					values (?, ?, 'BSN', '••••••000', ?, ?, ?)
					""", existing);
		});
		Collections.shuffle(people, random);
		return people;
	}

	static UUID professional(int p) {
		return md5Uuid("bench-pro-" + p);
	}

	static UUID organisation(int n) {
		return md5Uuid("bench-org-" + n);
	}

	static UUID md5Uuid(String text) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			String hex = java.util.HexFormat.of().formatHex(hash);
			return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	String bsn(Set<String> used) {
		while (true) {
			int sum = 0;
			var bsn = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				int digit = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
				sum += (9 - i) * digit;
				bsn.append(digit);
			}
			int last = sum % 11;
			if (last < 10 && used.add(bsn.append(last).toString())) {
				return bsn.toString();
			}
		}
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}

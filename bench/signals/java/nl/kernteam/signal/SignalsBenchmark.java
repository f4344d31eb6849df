package nl.kernteam.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signals benchmark: a million signals in a persistent embedded PostgreSQL, then registrations through
 * {@link SignalManagement} (match lookup, notifications, access log and commit included) and the match lookup on
 * its own. Not a test: run with {@code ./mvnw -B -Pbench-signals test}; see bench/signals/README.md.
 * <p>
 * The million is loaded once with SQL ({@code generate_series}) and kept in the data directory; later runs reuse
 * it. Fingerprints of the bulk are SHA-256 of a counter (the same shape and spread as the real keyed ones); the
 * people registered during the measurement have real BSNs, fingerprinted by the application.
 */
@SpringBootTest(properties = { "kernteam.data-dir=${bench.data-dir:target/bench-signals}", "kernteam.demo-data=false",
		"kernteam.secret=signals-benchmark-secret-of-at-least-32-characters",
		"kernteam.admin.password=signals-benchmark-admin", "logging.level.nl.kernteam=WARN" })
class SignalsBenchmark {

	static final int SIGNALS = 1_000_000;

	static final int HOUSEHOLDS = 150_000;

	static final int PER_BATCH = 3_000;

	static final int THREADS = 4;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	SignalManagement management;

	@Autowired
	SignalQueries queries;

	@Autowired
	MatchFinder finder;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	SignalSettings settings;

	@Autowired
	Clock clock;

	final StringBuilder report = new StringBuilder();

	final Random random = new Random(System.nanoTime());

	@Test
	void measure() throws Exception {
		Instant start = clock.instant();
		load();
		line("Signals: %,d in the table (%,d active), households: %,d, members: %,d", count("signal"),
				jdbc.sql("select count(*) from signal where ended_at is null").query(Long.class).single(), count("household"),
				count("member"));
		line("Machine: %d cores (%s), %s, %s", Runtime.getRuntime().availableProcessors(), cpu(),
				jdbc.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
				"Java " + System.getProperty("java.version"));
		line("");
		registrationsOneByOne();
		registrationsInParallel();
		matchLookup();
		matchesPage();
		explain();
		jdbc.sql("delete from signal where registered_at >= :start").param("start", Timestamp.from(start)).update();
		Path results = Path.of(System.getProperty("bench.data-dir", "target/bench-signals"), "results.md");
		Files.writeString(results, report);
		System.out.println("\n===== Signals benchmark =====\n" + report + "===== written to " + results + " =====");
	}

	// ---- the million

	void load() {
		if (count("signal") >= SIGNALS) {
			line("Data: reused the million signals in the data directory");
			return;
		}
		long begin = System.nanoTime();
		if (count("household") < HOUSEHOLDS) {
			loadHouseholds();
			line("Data: organisations, professionals, %,d households with a parent and a child loaded in %,d s", HOUSEHOLDS,
					(System.nanoTime() - begin) / 1_000_000_000);
		}
		begin = System.nanoTime();
		transaction.executeWithoutResult(status -> loadSignals());
		jdbc.sql("analyze").update();
		line("Data: %,d signals inserted (with their 7 indexes) and analysed in %,d s", SIGNALS,
				(System.nanoTime() - begin) / 1_000_000_000);
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
				       now() - make_interval(secs => ((h * 2 + c)::bigint * 7919) % (700 * 86400))
				  from generate_series(1, :households) h cross join generate_series(0, 1) c
				""").param("households", HOUSEHOLDS).update();
		// 70%: people outside Kernteam households; 50,000 of them signalled by two organisations; 10% ended
		jdbc.sql("""
				insert into signal (id, person_fingerprint, identified_by, hint, organisation_id, professional_id, registered_at,
				                    ended_at, end_reason)
				select md5('bench-s-' || k)::uuid, encode(sha256(convert_to('bench-person-' || q, 'UTF8')), 'hex'), 'BSN',
				       case when k % 10 <> 0 then '••••••' || lpad((k % 1000)::text, 3, '0') end,
				       md5('bench-org-' || o)::uuid, md5('bench-pro-' || (o - 1 + 40 * ((k / 40) % 25)))::uuid, at,
				       case when k % 10 = 0 then at + (now() - at) / 2 end, case when k % 10 = 0 then 'WITHDRAWN' end
				  from (select k, 1000000 + k % 650000 as q,
				               case when k < 650000 then (1000000 + k % 650000) % 40 + 1 else (1000007 + k % 650000) % 40 + 1 end as o,
				               now() - make_interval(secs => (k::bigint * 7919) % (700 * 86400)) as at
				          from generate_series(0, :singles - 1) k) s
				""").param("singles", SIGNALS - 2 * HOUSEHOLDS).update();
	}

	// ---- registrations through SignalManagement

	enum Kind {
		SAME_PERSON, FAMILY, NONE
	}

	record Person(String bsn, Kind kind) {
	}

	void registrationsOneByOne() {
		var actor = actor(2);
		register(actor, prepare(200)); // warm-up: JIT, connection pool, caches
		var people = prepare(PER_BATCH);
		long begin = System.nanoTime();
		var latencies = register(actor, people);
		double seconds = (System.nanoTime() - begin) / 1e9;
		line("Registrations, one at a time: %,d in %.1f s = **%.0f per second**; latency p50 %s, p95 %s, p99 %s ms",
				people.size(), seconds, people.size() / seconds, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99));
	}

	void registrationsInParallel() throws InterruptedException {
		var people = new ConcurrentLinkedQueue<>(prepare(PER_BATCH));
		int total = people.size();
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long begin = System.nanoTime();
		for (int t = 0; t < THREADS; t++) {
			var actor = actor(2 + 40 * (t + 1));
			pool.submit(() -> {
				Person person;
				while ((person = people.poll()) != null) {
					latencies.addAll(register(actor, List.of(person)));
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - begin) / 1e9;
		line("Registrations, %d threads: %,d in %.1f s = **%.0f per second**; latency p50 %s, p95 %s, p99 %s ms", THREADS,
				total, seconds, total / seconds, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99));
	}

	final AtomicInteger unexpected = new AtomicInteger();

	List<Long> register(Actor actor, List<Person> people) {
		var latencies = new ArrayList<Long>(people.size());
		for (var person : people) {
			long begin = System.nanoTime();
			var registered = management.register(actor, RegisterSignal.bsn(person.bsn()));
			latencies.add(System.nanoTime() - begin);
			if ((person.kind() == Kind.NONE) != registered.matches().isEmpty()) {
				unexpected.incrementAndGet();
			}
		}
		if (unexpected.get() > 0) {
			throw new IllegalStateException(unexpected.get() + " registrations did not match as prepared");
		}
		return latencies;
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

	// ---- the match lookup on its own

	void matchLookup() {
		var ids = jdbc.sql("select id from signal tablesample system (2) where ended_at is null limit 5000")
			.query(UUID.class)
			.list();
		Instant now = clock.instant();
		var latencies = new ArrayList<Long>();
		int matched = 0;
		for (int round = 0; round < 2; round++) { // the first round warms up
			latencies.clear();
			matched = 0;
			for (UUID id : ids) {
				long begin = System.nanoTime();
				var rows = finder.of(id, settings.activeSince(now), settings.bornOnOrBefore(now));
				latencies.add(System.nanoTime() - begin);
				matched += rows.isEmpty() ? 0 : 1;
			}
		}
		line("Match lookup of one signal (MatchFinder.of, %,d random active signals, %,d with a match): p50 %s, p95 %s, p99 %s ms",
				ids.size(), matched, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99));
	}

	void matchesPage() {
		var latencies = new ArrayList<Long>();
		long signals = jdbc.sql("select count(*) / count(distinct professional_id) from signal where ended_at is null")
			.query(Long.class)
			.single();
		for (int round = 0; round < 2; round++) {
			latencies.clear();
			for (int p = 0; p < 1000; p += 10) {
				long begin = System.nanoTime();
				queries.matches(actor(p), new PageOf.Request(0, 20));
				latencies.add(System.nanoTime() - begin);
			}
		}
		line("Matches page (first 20 of a professional's matches; professionals hold %,d active signals each on average): p50 %s, p95 %s, p99 %s ms",
				signals, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99));
	}

	void explain() {
		var family = jdbc.sql("""
				select s.id from signal s join member m on m.bsn_fingerprint = s.person_fingerprint
				 where s.ended_at is null and m.role = 'CHILD' and s.registered_at > now() - interval '600 days'
				 limit 1
				""").query(UUID.class).single();
		Instant now = clock.instant();
		var plan = jdbc.sql("explain (analyze, buffers, costs off) " + MatchFinder.CANDIDATES.formatted("mine.id = :signal"))
			.param("signal", family)
			.param("activeSince", Timestamp.from(settings.activeSince(now)))
			.param("bornOnOrBefore", settings.bornOnOrBefore(now))
			.query(String.class)
			.list();
		line("");
		line("EXPLAIN ANALYZE of the match query for a child's signal (family match through the household):");
		line("```");
		plan.forEach(this::line);
		line("```");
	}

	// ---- helpers

	Actor actor(int p) {
		int organisation = p % 40 + 1;
		return new Actor(professional(p), "Bench Professional " + p, organisation(organisation), "Benchorganisatie " + organisation,
				OrganisationType.MENTAL_HEALTH, Set.of(Role.PROFESSIONAL));
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

	static String ms(List<Long> nanos, int percentile) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		long value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
		return String.format("%.2f", value / 1e6);
	}

	static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.orElse("unknown CPU");
		}
		catch (IOException e) {
			return "unknown CPU";
		}
	}

	void line(String format, Object... arguments) {
		report.append(arguments.length == 0 ? format : String.format(format, arguments)).append('\n');
	}
}

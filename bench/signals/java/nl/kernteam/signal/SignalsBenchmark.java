package nl.kernteam.signal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

	static final int PER_BATCH = 3_000;

	static final int THREADS = Integer.getInteger("bench.threads", 4);

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
	MatchQueries finder;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	SignalSettings settings;

	@Autowired
	Clock clock;

	BenchData data;

	final StringBuilder report = new StringBuilder();

	@Test
	void measure() throws Exception {
		data = new BenchData(jdbc, template, transaction, cipher, clock);
		data.load(this::line);
		Instant start = clock.instant();
		line("Signals: %,d in the table (%,d active), households: %,d, members: %,d", data.count("signal"),
				jdbc.sql("select count(*) from signal where ended_at is null").query(Long.class).single(), data.count("household"),
				data.count("member"));
		line("Machine: %d cores (%s), %s, %s; load average at start %s", Runtime.getRuntime().availableProcessors(), cpu(),
				jdbc.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
				"Java " + System.getProperty("java.version"), loadAverage());
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

	// ---- registrations through SignalManagement

	void registrationsOneByOne() {
		var actor = actor(2);
		register(actor, data.prepare(200)); // warm-up: JIT, connection pool, caches
		var people = data.prepare(PER_BATCH);
		var cpu = BenchCpu.now(dataDir());
		long begin = System.nanoTime();
		var latencies = register(actor, people);
		double seconds = (System.nanoTime() - begin) / 1e9;
		line("Registrations, one at a time: %,d in %.1f s = **%.0f per second**; latency p50 %s, p95 %s, p99 %s ms; %s; load average %s",
				people.size(), seconds, people.size() / seconds, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99),
				cpu.per(BenchCpu.now(dataDir()), people.size()), loadAverage());
	}

	void registrationsInParallel() throws InterruptedException {
		var people = new ConcurrentLinkedQueue<>(data.prepare(PER_BATCH));
		int total = people.size();
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		var cpu = BenchCpu.now(dataDir());
		long begin = System.nanoTime();
		for (int t = 0; t < THREADS; t++) {
			var actor = actor(2 + 40 * (t + 1));
			pool.submit(() -> {
				BenchData.Person person;
				while ((person = people.poll()) != null) {
					latencies.addAll(register(actor, List.of(person)));
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - begin) / 1e9;
		line("Registrations, %d threads: %,d in %.1f s = **%.0f per second**; latency p50 %s, p95 %s, p99 %s ms; %s; load average %s",
				THREADS, total, seconds, total / seconds, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99),
				cpu.per(BenchCpu.now(dataDir()), total), loadAverage());
	}

	final AtomicInteger unexpected = new AtomicInteger();

	List<Long> register(Actor actor, List<BenchData.Person> people) {
		var latencies = new ArrayList<Long>(people.size());
		for (var person : people) {
			long begin = System.nanoTime();
			var registered = management.register(actor, RegisterSignal.bsn(person.bsn()));
			latencies.add(System.nanoTime() - begin);
			if ((person.kind() == BenchData.Kind.NONE) != registered.matches().isEmpty()) {
				unexpected.incrementAndGet();
			}
		}
		if (unexpected.get() > 0) {
			throw new IllegalStateException(unexpected.get() + " registrations did not match as prepared");
		}
		return latencies;
	}

	// ---- the match lookup on its own

	void matchLookup() {
		var ids = jdbc.sql("""
				select id from (select id from signal tablesample system (5) where ended_at is null) sample
				 order by random() limit 5000
				""")
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
		line("Match lookup of one signal (MatchQueries.of, %,d random active signals, %,d with a match): p50 %s, p95 %s, p99 %s ms",
				ids.size(), matched, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99));
	}

	/** The matches page costs one index probe per own active signal; so measure it against that number. */
	void matchesPage() {
		var latencies = new ArrayList<Long>();
		long signals = 0;
		for (int round = 0; round < 2; round++) {
			latencies.clear();
			signals = 0;
			for (int p = 0; p < 1000; p += 10) {
				signals += jdbc.sql("select count(*) from signal where professional_id = :p and ended_at is null")
					.param("p", BenchData.professional(p))
					.query(Long.class)
					.single();
				long begin = System.nanoTime();
				queries.matches(actor(p), new PageOf.Request(0, 20));
				latencies.add(System.nanoTime() - begin);
			}
		}
		long total = latencies.stream().mapToLong(Long::longValue).sum();
		line("Matches page (first 20 of a professional's matches, 100 professionals holding %,d active signals on average): "
				+ "p50 %s, p95 %s, p99 %s ms; %.1f µs per own active signal", signals / latencies.size(), ms(latencies, 50),
				ms(latencies, 95), ms(latencies, 99), total / 1e3 / signals);
	}

	void explain() {
		var family = jdbc.sql("""
				select s.id from signal s join member m on m.bsn_fingerprint = s.person_fingerprint
				 where s.ended_at is null and m.role = 'CHILD' and s.registered_at > now() - interval '600 days'
				 limit 1
				""").query(UUID.class).single();
		Instant now = clock.instant();
		var plan = jdbc.sql("explain (analyze, buffers, costs off) " + MatchQueries.CANDIDATES.formatted("mine.id = :signal"))
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
		var page = jdbc.sql("explain (analyze, buffers, costs off) " + MatchQueries.PAGE)
			.param("professional", BenchData.professional(2))
			.param("activeSince", Timestamp.from(settings.activeSince(now)))
			.param("bornOnOrBefore", settings.bornOnOrBefore(now))
			.param("from", Timestamp.from(Instant.EPOCH))
			.param("limit", 20)
			.param("offset", 0)
			.query(String.class)
			.list();
		line("");
		line("EXPLAIN ANALYZE of the matches page of a professional with %,d active signals:",
				jdbc.sql("select count(*) from signal where professional_id = :p and ended_at is null")
					.param("p", BenchData.professional(2))
					.query(Long.class)
					.single());
		line("```");
		page.forEach(this::line);
		line("```");
	}

	// ---- helpers

	Actor actor(int p) {
		int organisation = p % 40 + 1;
		return new Actor(BenchData.professional(p), "Bench Professional " + p, BenchData.organisation(organisation), "Benchorganisatie " + organisation,
				OrganisationType.MENTAL_HEALTH, Set.of(Role.PROFESSIONAL));
	}

	static String ms(List<Long> nanos, int percentile) {
		var sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		long value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
		return String.format("%.2f", value / 1e6);
	}

	static Path dataDir() {
		return Path.of(System.getProperty("bench.data-dir", "target/bench-signals"));
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException e) {
			return "unknown";
		}
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

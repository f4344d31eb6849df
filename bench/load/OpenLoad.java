import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator (constant arrival rate): request i is due at start + i / rate, and is sent then
 * whether or not the earlier ones have been answered. Its latency is counted from the moment it was due, not from
 * the moment it could be sent, so a slow server cannot hide its queue (no coordinated omission). Run with the JDK's
 * single-file launcher:
 *
 * <pre>
 * java bench/load/OpenLoad.java BASE-URL PATHS-FILE RATE SECONDS [WARMUP-SECONDS] [Header: value]...
 * </pre>
 *
 * Prints the arrival rate reached, answers by status, and p50/p95/p99/max in milliseconds, and last a line
 * {@code result requests=… p50=… p95=… p99=… max=… failed=…} for scripts.
 */
public class OpenLoad {

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: OpenLoad BASE-URL PATHS-FILE RATE SECONDS [WARMUP-SECONDS] [Header: value]...");
			System.exit(2);
		}
		String base = args[0];
		List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter((line) -> !line.isBlank()).toList();
		double rate = Double.parseDouble(args[2]);
		double seconds = Double.parseDouble(args[3]);
		double warmup = args.length > 4 ? Double.parseDouble(args[4]) : 0;
		List<String[]> headers = new ArrayList<>();
		for (int i = 5; i < args.length; i++) {
			int colon = args[i].indexOf(':');
			headers.add(new String[] { args[i].substring(0, colon).trim(), args[i].substring(colon + 1).trim() });
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(4))
			.build();
		if (warmup > 0) {
			run(client, base, paths, headers, rate, warmup, null);
		}
		Result result = new Result((int) Math.ceil(rate * seconds) + 1);
		long wall = run(client, base, paths, headers, rate, seconds, result);
		result.report(wall, rate);
		System.exit(0);
	}

	/** Sends at the fixed rate for the given seconds, then waits for the answers; returns the wall time in nanos. */
	static long run(HttpClient client, String base, List<String> paths, List<String[]> headers, double rate,
			double seconds, Result result) throws InterruptedException {
		int total = (int) Math.floor(rate * seconds);
		CountDownLatch answered = new CountDownLatch(total);
		long start = System.nanoTime() + 50_000_000L;
		for (int i = 0; i < total; i++) {
			long due = start + (long) (i * 1_000_000_000.0 / rate);
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
				.timeout(Duration.ofSeconds(10))
				.GET();
			headers.forEach((header) -> request.header(header[0], header[1]));
			client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
				long latency = System.nanoTime() - due;
				if (result != null) {
					result.record(latency, (error != null) ? name(error) : String.valueOf(response.statusCode()));
					if (error != null) {
						result.error(error);
					}
				}
				answered.countDown();
			});
		}
		answered.await();
		return System.nanoTime() - start;
	}

	private static String name(Throwable error) {
		Throwable cause = (error.getCause() != null) ? error.getCause() : error;
		return cause.getClass().getSimpleName();
	}

	static final class Result {

		private final long[] latencies;

		private final AtomicInteger count = new AtomicInteger();

		private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

		private final Map<String, String> firstErrors = new ConcurrentHashMap<>();

		Result(int capacity) {
			this.latencies = new long[capacity];
		}

		void record(long latency, String status) {
			int index = this.count.getAndIncrement();
			if (index < this.latencies.length) {
				this.latencies[index] = latency;
			}
			this.statuses.computeIfAbsent(status, (key) -> new AtomicLong()).incrementAndGet();
		}

		void error(Throwable error) {
			this.firstErrors.putIfAbsent(name(error), String.valueOf(error.getCause() != null ? error.getCause() : error));
		}

		void report(long wallNanos, double rate) {
			int n = Math.min(this.count.get(), this.latencies.length);
			long[] sorted = Arrays.copyOf(this.latencies, n);
			Arrays.sort(sorted);
			long failed = this.statuses.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals("200"))
				.mapToLong((entry) -> entry.getValue().get())
				.sum();
			System.out.printf("requests: %d at %.0f/s planned, %.1f/s answered over the run; by status: %s%n", n, rate,
					n / (wallNanos / 1e9), new TreeMap<>(this.statuses));
			System.out.printf("latency from the moment due: p50 %s ms, p95 %s ms, p99 %s ms, max %s ms%n",
					ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
			this.firstErrors.forEach((kind, message) -> System.out.printf("first %s: %s%n", kind, message));
			System.out.printf("result requests=%d p50=%s p95=%s p99=%s max=%s failed=%d%n", n, ms(sorted, 0.50),
					ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), failed);
		}

		private static String ms(long[] sorted, double quantile) {
			if (sorted.length == 0) {
				return "-";
			}
			int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
			return String.format("%.1f", sorted[Math.max(0, index)] / 1e6);
		}

	}

}

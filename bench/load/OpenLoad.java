import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator (constant arrival rate): request i is due at start + i / rate, and is sent then
 * whether or not the earlier ones have been answered (as long as one of its 256 connections is free; a request
 * that waits for a connection still counts from the moment it was due). Its latency is counted from the moment it
 * was due, not from the moment it could be sent, so a slow server cannot hide its queue (no coordinated omission).
 * Run with the JDK's single-file launcher:
 *
 * <pre>
 * java bench/load/OpenLoad.java BASE-URL PATHS-FILE RATE SECONDS [WARMUP-SECONDS] [Header: value]...
 * </pre>
 *
 * Prints the arrival rate reached, answers by status, p50/p95/p99/max in milliseconds, its own CPU per request,
 * and last a line {@code result requests=… p50=… p95=… p99=… max=… failed=…} for scripts.
 * <p>
 * Plain blocking sockets, one persistent HTTP/1.1 connection per worker thread, the request bytes built once per
 * path: the generator runs on the same two cores as Kernteam, so it must cost little. The JDK's HttpClient, used
 * before, took about 3.7 ms of CPU per request, as much as half a household page; this takes a few tenths.
 */
public class OpenLoad {

	static final int CONNECTIONS = 256;

	static final int TIMEOUT_MILLIS = 10_000;

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: OpenLoad BASE-URL PATHS-FILE RATE SECONDS [WARMUP-SECONDS] [Header: value]...");
			System.exit(2);
		}
		URI base = URI.create(args[0]);
		List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter((line) -> !line.isBlank()).toList();
		double rate = Double.parseDouble(args[2]);
		double seconds = Double.parseDouble(args[3]);
		double warmup = args.length > 4 ? Double.parseDouble(args[4]) : 0;
		StringBuilder headers = new StringBuilder();
		for (int i = 5; i < args.length; i++) {
			headers.append(args[i].trim()).append("\r\n");
		}
		String basePath = (base.getRawPath() == null) ? "" : base.getRawPath().replaceAll("/$", "");
		byte[][] requests = new byte[paths.size()][];
		for (int i = 0; i < requests.length; i++) {
			requests[i] = ("GET " + basePath + paths.get(i) + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
					+ base.getPort() + "\r\n" + headers + "\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
		}
		InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
		if (warmup > 0) {
			run(address, requests, rate, warmup, null);
		}
		Result result = new Result((int) Math.ceil(rate * seconds) + 1);
		long cpuBefore = processCpuNanos();
		long wall = run(address, requests, rate, seconds, result);
		result.report(wall, rate, processCpuNanos() - cpuBefore);
		System.exit(0);
	}

	/** Sends at the fixed rate for the given seconds, then waits for the answers; returns the wall time in nanos. */
	static long run(InetSocketAddress address, byte[][] requests, double rate, double seconds, Result result)
			throws InterruptedException {
		int total = (int) Math.floor(rate * seconds);
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime() + 50_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < CONNECTIONS; w++) {
			Thread worker = new Thread(() -> {
				Connection connection = new Connection(address);
				int i;
				while ((i = next.getAndIncrement()) < total) {
					long due = start + (long) (i * 1_000_000_000.0 / rate);
					long wait;
					while ((wait = due - System.nanoTime()) > 0) {
						LockSupport.parkNanos(wait);
					}
					String status = connection.exchange(requests[i % requests.length], result);
					if (result != null) {
						result.record(System.nanoTime() - due, status);
					}
				}
				connection.close();
			}, "load-" + w);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return System.nanoTime() - start;
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** One persistent HTTP/1.1 connection: sends a request and reads its whole answer (length or chunked). */
	static final class Connection {

		private final InetSocketAddress address;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Connection(InetSocketAddress address) {
			this.address = address;
		}

		/** Returns the status code, or the name of what failed. */
		String exchange(byte[] request, Result result) {
			try {
				if (this.socket == null) {
					this.socket = new Socket();
					this.socket.setTcpNoDelay(true);
					this.socket.connect(this.address, 5_000);
					this.socket.setSoTimeout(TIMEOUT_MILLIS);
					this.in = new BufferedInputStream(this.socket.getInputStream(), 65_536);
					this.out = this.socket.getOutputStream();
				}
				this.out.write(request);
				this.out.flush();
				return readResponse();
			}
			catch (IOException ex) {
				close();
				String kind = (ex instanceof SocketTimeoutException) ? "timeout" : ex.getClass().getSimpleName();
				if (result != null) {
					result.error(kind, ex);
				}
				return kind;
			}
		}

		private String readResponse() throws IOException {
			String statusLine = line();
			String status = statusLine.split(" ", 3)[1];
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			String header;
			while (!(header = line()).isEmpty()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				long size;
				while ((size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0) {
					skip(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length > 0) {
				skip(length);
			}
			if (close) {
				close();
			}
			return status;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			int c;
			while ((c = this.in.read()) != '\n') {
				if (c < 0) {
					throw new IOException("connection closed");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		private void skip(long bytes) throws IOException {
			long left = bytes;
			while (left > 0) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("connection closed");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

		void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
				this.socket = null;
			}
		}

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

		void error(String kind, Throwable error) {
			this.firstErrors.putIfAbsent(kind, String.valueOf(error));
		}

		void report(long wallNanos, double rate, long cpuNanos) {
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
			System.out.printf("the generator's own CPU: %.2f ms per request%n", cpuNanos / 1e6 / Math.max(1, n));
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

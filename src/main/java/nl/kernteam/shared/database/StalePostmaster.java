package nl.kernteam.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kernteam that was killed leaves its PostgreSQL running on the data directory, and the
 * next start would fail on {@code postmaster.pid}. This stops such a postmaster, but only
 * when its command line names our data directory: a reused pid belonging to something
 * else is left alone.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path pgDir) throws IOException {
		Path pidFile = pgDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return;
		}
		var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return;
		}
		String commandLine = process.get().info().commandLine().orElse("");
		if (!commandLine.contains(pgDir.toString())) {
			log.warn("postmaster.pid names pid {} which is not our PostgreSQL ({}); leaving it alone", pid,
					commandLine);
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Kernteam on {}", pid, pgDir);
		// SIGTERM is PostgreSQL's "smart" shutdown; the clients of the killed process are
		// gone already.
		process.get().destroy();
		if (!waitFor(process.get(), Duration.ofSeconds(30))) {
			process.get().destroyForcibly();
			waitFor(process.get(), Duration.ofSeconds(10));
		}
	}

	private static boolean waitFor(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception e) {
			return !process.isAlive();
		}
	}

}

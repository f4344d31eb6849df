package nl.kernteam.signal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by this JVM and by the embedded PostgreSQL (the postmaster, its reaped children and its
 * running backends), read from /proc as bench/lib.sh cpu_seconds does: what a registration costs, whatever else runs
 * on the machine.
 */
record BenchCpu(double jvm, double postgres) {

	static final double TICKS = 100.0; // CLK_TCK on Linux

	static BenchCpu now(Path dataDir) {
		double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		try {
			long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
			double pg = ticks(postmaster, true);
			for (var child : ProcessHandle.of(postmaster).map(p -> p.children().toList()).orElse(java.util.List.of())) {
				pg += ticks(child.pid(), false);
			}
			return new BenchCpu(jvm, pg / TICKS);
		}
		catch (IOException | RuntimeException e) {
			return new BenchCpu(jvm, Double.NaN);
		}
	}

	/** utime + stime (+ cutime + cstime: children that have ended) of a process, in ticks. */
	static double ticks(long pid, boolean withEndedChildren) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is field 3 (state): utime is field 14, so fields[11]
			double ticks = Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]);
			return withEndedChildren ? ticks + Double.parseDouble(fields[13]) + Double.parseDouble(fields[14]) : ticks;
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** "JVM x ms, PostgreSQL y ms of CPU per registration" between two readings. */
	String per(BenchCpu later, int registrations) {
		return String.format("CPU per registration: JVM %.2f ms, PostgreSQL %.2f ms", (later.jvm - jvm) * 1e3 / registrations,
				(later.postgres - postgres) * 1e3 / registrations);
	}

}

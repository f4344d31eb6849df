package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kernteam.KernteamApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kernteam as a user runs it: its own process, its own persistent data directory. Killed
 * without warning (SIGKILL, its PostgreSQL left running), it starts again on the same
 * directory and what was written before is still there. It starts two JVMs, so it runs in
 * the integration-test phase (failsafe: {@code *ProcessTests}).
 */
class RestartAfterKillProcessTests {

	static final String ADMIN_PASSWORD = "restart-test-admin-password";

	@TempDir
	Path dataDir;

	final List<Process> processes = new ArrayList<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@AfterEach
	void stopAll() throws Exception {
		for (Process process : processes) {
			process.destroy();
			process.waitFor();
		}
	}

	@Test
	void dataWrittenBeforeAKillIsThereAfterTheNextStart() throws Exception {
		int port = freePort();
		Process first = start(port);
		String organisation = id(call(port, "POST", "/api/v1/organisations", "admin", ADMIN_PASSWORD,
				"{\"name\": \"Wijkteam Herstart\", \"type\": \"LOCAL_TEAM\"}", 201));
		call(port, "POST", "/api/v1/professionals", "admin", ADMIN_PASSWORD, """
				{"username": "herstart", "password": "herstart-wachtwoord", "name": "Hanna Herstart",
				 "organisationId": "%s", "roles": ["PROFESSIONAL"]}""".formatted(organisation), 201);
		String household = id(call(port, "POST", "/api/v1/households", "herstart", "herstart-wachtwoord", """
				{"name": "Gezin Blijft", "members": [{"givenName": "Ada", "familyName": "Blijft",
				 "birthDate": "1990-01-01", "role": "PARENT"}]}""", 201));

		first.destroyForcibly().waitFor();
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL outlived the kill")
			.contains(true);

		start(port);
		String body = call(port, "GET", "/api/v1/households/" + household, "herstart", "herstart-wachtwoord", null,
				200);
		assertThat(body).contains("Gezin Blijft").contains("Ada");
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
			.as("the stale PostgreSQL was stopped")
			.isFalse();
	}

	/**
	 * Ctrl-C (SIGINT) stops Kernteam first and then its PostgreSQL, quickly and without a
	 * warning: before, PostgreSQL's own shutdown hook stopped it at the same time, so
	 * every pooled connection logged a failed validation and the shutdown waited 30 s.
	 */
	@Test
	void anInterruptStopsKernteamAndThenItsPostgresqlQuietly() throws Exception {
		int port = freePort();
		Process kernteam = start(port);
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
		new ProcessBuilder("kill", "-INT", String.valueOf(kernteam.pid())).start().waitFor();
		assertThat(kernteam.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
		String log = Files.readString(dataDir.resolveSibling(dataDir.getFileName() + "-0.log"));
		assertThat(log).doesNotContain("Failed to validate connection", "Invocation of destroy method failed", "ERROR");
		await("PostgreSQL stopped").atMost(Duration.ofSeconds(10))
			.until(() -> !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false));
		assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
	}

	private Process start(int port) throws Exception {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + processes.size() + ".log");
		var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", classPath, KernteamApplication.class.getName(), "--server.port=" + port,
				"--kernteam.data-dir=" + dataDir, "--kernteam.demo-data=false",
				"--kernteam.admin.password=" + ADMIN_PASSWORD)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Process process = builder.start();
		processes.add(process);
		await("Kernteam healthy; see " + log).atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.failFast("Kernteam exited early; see " + log, () -> !process.isAlive())
			.ignoreExceptionsInstanceOf(IOException.class) // still starting
			.until(() -> {
				var response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200 && response.body().contains("UP");
			});
		return process;
	}

	private String call(int port, String method, String path, String user, String password, String json, int expected)
			throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body();
	}

	private static String id(String json) {
		Matcher matcher = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

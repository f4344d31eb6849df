package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kernteam.KernteamApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL, as behind a load balancer: node A starts the embedded
 * database and migrates it, node B runs on the same database as an external one. With
 * {@code kernteam.sessions=jdbc} a login on A is a session on B, ending the account's
 * sessions on A ends it on B, and a scheduled job's lock lets only one node run it.
 */
class TwoNodesIntegrationTests {

	static final String PASSWORD = "two-nodes-admin-password";

	static final String SECRET = "two-nodes-secret-of-at-least-32-characters";

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		a = new SpringApplicationBuilder(KernteamApplication.class).run("--kernteam.embedded.ephemeral=true",
				"--kernteam.demo-data=false", "--kernteam.secret=" + SECRET, "--kernteam.admin.password=" + PASSWORD,
				"--kernteam.data-dir=target/two-nodes-a", "--server.port=0", "--kernteam.sessions=jdbc",
				"--kernteam.password.bcrypt-strength=4");
		var database = a.getBean("dataSource", HikariDataSource.class);
		b = new SpringApplicationBuilder(KernteamApplication.class).run(
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + database.getPassword(), "--spring.flyway.enabled=false",
				"--kernteam.demo-data=false", "--kernteam.secret=" + SECRET, "--kernteam.data-dir=target/two-nodes-b",
				"--server.port=0", "--kernteam.sessions=jdbc", "--kernteam.password.bcrypt-strength=4");
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aSessionMadeOnOneNodeWorksOnTheOtherAndEndsOnBoth() throws Exception {
		String cookie = login(a);
		var onA = get(a, "/admin/professionals", cookie);
		assertThat(onA.statusCode()).as("on A: %s", onA.headers().firstValue("Location")).isEqualTo(200);

		var onB = get(b, "/admin/professionals", cookie);
		assertThat(onB.statusCode()).as("on B: %s", onB.headers().firstValue("Location")).isEqualTo(200);
		assertThat(onB.body()).contains("admin");

		a.getBean(OpenSessions.class).endAllOf("admin");

		var ended = get(b, "/admin/professionals", cookie);
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	@Test
	void aScheduledJobRunsOnceAcrossNodes() throws Exception {
		var runs = new AtomicInteger();
		var start = new CountDownLatch(1);
		var threads = Executors.newFixedThreadPool(2);
		for (var node : new ConfigurableApplicationContext[] { a, b }) {
			var executor = new DefaultLockingTaskExecutor(node.getBean(LockProvider.class));
			threads.submit(() -> {
				start.await();
				executor.executeWithLock((Runnable) () -> {
					runs.incrementAndGet();
					sleep();
				}, new LockConfiguration(Instant.now(), "two-nodes-test", Duration.ofSeconds(30),
						Duration.ofSeconds(5)));
				return null;
			});
		}
		start.countDown();
		threads.shutdown();
		assertThat(threads.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(runs).hasValue(1);
	}

	static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	String login(ConfigurableApplicationContext node) throws Exception {
		var page = get(node, "/login", null);
		String cookie = cookie(page, null);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var response = http.send(HttpRequest.newBuilder(url(node, "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return cookie(response, cookie);
	}

	HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(url(node, path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String cookie(HttpResponse<?> response, String otherwise) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.map(value -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElse(otherwise);
	}

	static URI url(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

}

package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Kernteam as someone might start it on a server: demo data on, listening on every
 * address ({@code server.address} given, no {@code kernteam.demo-mode}), and no
 * administrator password given. A real HTTP port, for what only Tomcat does (forwarded
 * headers, the session cookie).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kernteam.embedded.ephemeral=true", "kernteam.demo-data=true", "kernteam.demo-households=20",
				"kernteam.secret=public-demo-tests-secret-of-at-least-32-characters",
				"kernteam.data-dir=" + PublicDemoIntegrationTests.DATA_DIR, "kernteam.password.bcrypt-strength=4",
				"server.address=0.0.0.0" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PublicDemoIntegrationTests {

	static final String DATA_DIR = "target/test-data-public-demo";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	/**
	 * Hole 15: the generated password is in an owner-only file, and nowhere in the
	 * console.
	 */
	@Test
	void theGeneratedAdministratorPasswordIsWrittenToAnOwnerOnlyFileNotToTheLog(CapturedOutput output)
			throws Exception {
		Path file = Path.of(DATA_DIR, "admin-password.txt").toAbsolutePath();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		var matcher = Pattern.compile("(?m)^password: (\\S+)$").matcher(Files.readString(file));
		assertThat(matcher.find()).isTrue();
		String password = matcher.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(output.getAll()).contains("Kernteam created the administrator account 'admin'")
			.contains(file.toString())
			.doesNotContain(password);
		mvc.perform(get("/api/v1/organisations").with(httpBasic("admin", password))).andExpect(status().isOk());
	}

	/**
	 * Hole 12: on every address, without demo mode, the published demo password opens
	 * nothing.
	 */
	@Test
	void demoAccountsCannotLogInWhileKernteamListensOnEveryAddress() throws Exception {
		mvc.perform(post("/login").with(csrf())
			.with(LoginIntegrationTests.from("192.0.2.50"))
			.param("username", "anouk.dejong")
			.param("password", "kernteam-demo")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/households").with(LoginIntegrationTests.from("192.0.2.50"))
			.with(httpBasic("anouk.dejong", "kernteam-demo"))).andExpect(status().isUnauthorized());
	}

	/** Hole 12: demo mode is unmistakable, on the login page and once logged in. */
	@Test
	void everyPageCarriesTheDemoBanner() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("Demo-omgeving: fictieve gegevens, niet voor echte gezinnen")))
			.andExpect(content().string(Matchers.containsString("De demo-accounts kunnen hier niet inloggen")));
		var worker = new nl.kernteam.shared.Actor(java.util.UUID.randomUUID(), "Demo", null, null, null,
				java.util.Set.of(nl.kernteam.shared.Role.FUNCTIONAL_ADMIN));
		mvc.perform(get("/admin/organisations")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(new nl.kernteam.support.TestPrincipal(worker, "demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Demo-omgeving")));
	}

	/**
	 * Hole 10: behind a TLS proxy the session cookie is Secure and HSTS is sent; without
	 * it, neither.
	 */
	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		var http = HttpClient.newHttpClient();
		var proxied = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("HttpOnly"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
		assertThat(proxied.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));

		var plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}

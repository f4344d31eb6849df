package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Damaged URLs sent over a real socket, so that Tomcat decodes them as it would for a
 * browser or a proxy (MockMvc never does): every one is a 400, with problem+json on the
 * API and an error page elsewhere, and nothing lands in the log as a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kernteam.embedded.ephemeral=true", "kernteam.demo-data=false",
				"kernteam.secret=integration-tests-secret-of-at-least-32-characters",
				"kernteam.admin.password=" + TestData.ADMIN_PASSWORD, "kernteam.data-dir=target/test-data",
				"kernteam.password.bcrypt-strength=4" })
@ExtendWith(OutputCaptureExtension.class)
class MalformedUrlIntegrationTests {

	private static final String[] PAGE_PATHS = { "/households/%E0%A4%A", "/login%ZZ", "/households/%C0%AF",
			"/households/%FF%FE", "/login/%ED%A0%80", "/%", "/households/abc%00def", "/login;%ZZ=1",
			"/households?query=%ZZ", "/login?x=%C0%AF", "/households/a;b", "/households/%2e%2e/x", "/login%25",
			"/households//x", "/login%0d%0a" };

	private static final String[] API_PATHS = { "/api/v1/households/%C0%AF", "/api/v1/households/%E0%A4%A",
			"/api/v1/households/%ZZ", "/api/v1/households/%ED%A0%80/plan", "/api/v1/households?query=%ZZ",
			"/api/v1/households/%00", "/api/v1/households/a;b", "/api/v1/households/a%25b",
			"/api/v1/households/%2e%2e/x" };

	@LocalServerPort
	int port;

	@Test
	void damagedPageUrlsAreBadRequestsWithoutAStackTrace(CapturedOutput output) throws IOException {
		for (String path : PAGE_PATHS) {
			String response = get(path, null);
			assertThat(statusLine(response)).as(path).contains(" 400 ");
			assertThat(response).as(path).doesNotContain("Exception");
		}
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void damagedApiUrlsAreProblemsWithoutAStackTrace(CapturedOutput output) throws IOException {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + TestData.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String auth : new String[] { null, basic }) {
			for (String path : API_PATHS) {
				String response = get(path, auth);
				assertThat(statusLine(response)).as(path).contains(" 400 ");
				assertThat(response).as(path)
					.containsIgnoringCase("application/problem+json")
					.doesNotContain("Exception");
			}
		}
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private String get(String path, String authorization) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String request = "GET " + path
					+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/json\r\nConnection: close\r\n"
					+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			var buffer = new ByteArrayOutputStream();
			in.transferTo(buffer);
			return buffer.toString(StandardCharsets.UTF_8);
		}
	}

	private static String statusLine(String response) {
		int end = response.indexOf("\r\n");
		return end < 0 ? response : response.substring(0, end) + " ";
	}

}

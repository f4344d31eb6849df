package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.TestAuthorizationServer;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Login through a real OpenID Connect provider (Spring Authorization Server, started here
 * on its own port), never a mock of the protocol: a browser-like client with cookies
 * follows Kernteam to the provider, fills in the provider's login form, and comes back
 * through the authorization-code flow. Sessions live in PostgreSQL, as with several
 * nodes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "kernteam.embedded.ephemeral=true", "kernteam.demo-data=false",
				"kernteam.secret=oidc-tests-secret-of-at-least-32-characters-long",
				"kernteam.admin.password=" + TestData.ADMIN_PASSWORD, "kernteam.data-dir=target/test-data-oidc",
				"kernteam.password.bcrypt-strength=4", "kernteam.sessions=jdbc",
				"kernteam.oidc.professionals.client-id=kernteam-professionals",
				"kernteam.oidc.professionals.client-secret=professionals-" + TestAuthorizationServer.SECRET,
				"kernteam.oidc.families.client-id=kernteam-families",
				"kernteam.oidc.families.client-secret=families-" + TestAuthorizationServer.SECRET })
@Import(TestData.class)
class OidcLoginIntegrationTests {

	private static final int PORT = TestAuthorizationServer.freePort();

	private static TestAuthorizationServer provider;

	@Autowired
	TestData data;

	@Autowired
	IdentityManagement identity;

	@Autowired
	HouseholdManagement households;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		if (provider == null) {
			provider = TestAuthorizationServer.start(PORT);
		}
		registry.add("server.port", () -> PORT);
		registry.add("kernteam.oidc.professionals.issuer-uri", provider::issuer);
		registry.add("kernteam.oidc.families.issuer-uri", provider::issuer);
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.stop();
			provider = null;
		}
	}

	@Test
	void theLoginPageOffersBothProvidersBesideTheForm() throws Exception {
		var login = new Browser().get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"password\"")
			.contains("href=\"/oauth2/authorization/professionals\"")
			.contains("Inloggen met je organisatie")
			.contains("href=\"/oauth2/authorization/families\"")
			.contains("Inloggen met DigiD");
	}

	@Test
	void aProfessionalLogsInThroughTheOrganisationsProviderWithTheirKernteamRoles() throws Exception {
		Pro professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		HouseholdId own = data.household(professional);
		HouseholdId other = data.household(data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL));
		TestAuthorizationServer.addUser(professional.username(), null);
		var browser = new Browser();

		var home = browser.logIn("professionals", professional.username());

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains(professional.summary().name());
		// need to know holds as after a password login: the own household, not another
		var page = browser.get("/households/" + own.value());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(browser.get("/households/" + other.value()).statusCode()).isIn(403, 404);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :p and household_id = :h")
			.param("p", professional.id())
			.param("h", own.value())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void deactivationEndsTheSessionOfAProviderLoginAndRefusesTheNextLogin() throws Exception {
		Pro leaving = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		Pro admin = data.professional(OrganisationType.LOCAL_TEAM, Role.FUNCTIONAL_ADMIN);
		TestAuthorizationServer.addUser(leaving.username(), null);
		var browser = new Browser();
		assertThat(browser.logIn("professionals", leaving.username()).uri().getPath()).isEqualTo("/");

		identity.deactivate(admin.actor(), leaving.id());

		var after = browser.get("/");
		assertThat(after.uri().getPath()).isEqualTo("/login");
		assertThat(after.uri().getQuery()).isEqualTo("expired");
		var again = new Browser().logIn("professionals", leaving.username());
		assertThat(again.statusCode()).isEqualTo(403);
		assertThat(again.uri().getPath()).isEqualTo("/login/refused");
		assertThat(again.body()).contains("geen actief account");
	}

	@Test
	void aUserOfTheProviderWithoutAKernteamAccountIsRefusedWithAPage() throws Exception {
		String stranger = "stranger" + TestData.unique();
		TestAuthorizationServer.addUser(stranger, null);

		var refused = new Browser().logIn("professionals", stranger);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.uri().getPath()).isEqualTo("/login/refused");
		assertThat(refused.body()).contains("Inloggen is niet gelukt").contains("functioneel beheerder");
	}

	@Test
	void aFamilyMemberLogsInWithDigidByTheBsnAndSeesTheirOwnHousehold() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String bsn = bsn();
		String family = "Digid" + TestData.unique();
		HouseholdId household = households.register(contactPerson.actor(),
				new RegisterHousehold(null, null, List.of(
						new MemberInput(null, "Sanne", family, LocalDate.of(1988, 3, 14), MemberRole.PARENT, bsn,
								false),
						new MemberInput(null, "Daan", family, LocalDate.of(2014, 6, 2), MemberRole.CHILD, null, false)),
						null, null));
		var mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(java.util.UUID.class)
			.single();
		data.familyMember(contactPerson, household, mother);
		String citizen = "citizen" + TestData.unique();
		TestAuthorizationServer.addUser(citizen, bsn);

		var browser = new Browser();
		var page = browser.logIn("families", citizen);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/family");
		assertThat(page.body()).contains("Sanne");
		assertThat(browser.get("/households/" + household.value()).statusCode()).isEqualTo(403);
		// the session lives in PostgreSQL here (as with several nodes): the BSN is not in
		// it
		var stored = jdbc.sql("select attribute_bytes from spring_session_attributes").query(byte[].class).list();
		assertThat(stored).isNotEmpty()
			.allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(bsn));
	}

	@Test
	void aBsnWithoutAFamilyAccountIsRefusedInPlainDutch() throws Exception {
		String citizen = "citizen" + TestData.unique();
		TestAuthorizationServer.addUser(citizen, bsn());

		var refused = new Browser().logIn("families", citizen);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.uri().getPath()).isEqualTo("/login/refused");
		assertThat(refused.body()).contains("geen account voor u").contains("contactpersoon");
	}

	/** A random BSN that passes the 11-test. */
	private static String bsn() {
		while (true) {
			var random = ThreadLocalRandom.current();
			var digits = new StringBuilder().append(1 + random.nextInt(9));
			int sum = 9 * (digits.charAt(0) - '0');
			for (int i = 1; i < 8; i++) {
				int digit = random.nextInt(10);
				digits.append(digit);
				sum += (9 - i) * digit;
			}
			int last = sum % 11;
			if (last < 10) {
				return digits.append(last).toString();
			}
		}
	}

	/** A browser: cookies per host, redirects followed, forms posted by hand. */
	private static final class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		/**
		 * Starts at Kernteam's button, logs in at the provider, and returns the page
		 * Kernteam ends on.
		 */
		HttpResponse<String> logIn(String registration, String username) throws Exception {
			var loginPage = get("/oauth2/authorization/" + registration);
			assertThat(loginPage.uri().getPort()).isNotEqualTo(PORT);
			var csrf = CSRF.matcher(loginPage.body());
			assertThat(csrf.find())
				.as("the provider's login form: %s %s %s", loginPage.statusCode(), loginPage.uri(), loginPage.body())
				.isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(TestAuthorizationServer.PASSWORD)
					+ "&_csrf=" + encode(csrf.group(1));
			return client.send(HttpRequest.newBuilder(loginPage.uri())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}

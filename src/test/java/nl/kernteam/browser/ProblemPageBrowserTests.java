package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The problem page in Chromium, at 1280 and 390 px, checked by axe-core: for a household
 * that does not exist (404), for a family member's page or address that does not exist,
 * and for a transaction the database gave up (503, with {@code Retry-After}), which
 * nothing on a running instance makes happen on demand, so a test-only page throws what
 * PostgreSQL's lock wait would.
 */
@BrowserTest
class ProblemPageBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProblemPagesAreReadableOnEveryWidth() {
		var professional = data.professional(OrganisationType.LOCAL_TEAM);
		var problems = new ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser().page(width, 900);
			browser().logIn(page, professional.username(), TestData.PASSWORD);

			var busy = page.navigate("/test/busy");
			org.assertj.core.api.Assertions.assertThat(busy.status()).isEqualTo(503);
			org.assertj.core.api.Assertions.assertThat(busy.headers()).containsEntry("retry-after", "1");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Even te druk")))
				.isVisible();
			assertThat(page.locator("main")).containsText("Er is niets opgeslagen");
			problems.addAll(AxeCheck.checkHere(page, "/test/busy", width, "problem-503-" + width));

			var missing = page.navigate("/households/" + UUID.randomUUID());
			org.assertj.core.api.Assertions.assertThat(missing.status()).isEqualTo(404);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet gevonden")))
				.isVisible();
			// the menu of the page that failed, and the way out
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gezinnen"))).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
			problems.addAll(AxeCheck.checkHere(page, "/households/{missing}", width, "problem-404-" + width));
		}
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

	/**
	 * A family member who follows an old link, or types an address that does not exist,
	 * keeps the family's menu and way out, not a professional's layout without either.
	 */
	@Test
	void aFamilyMemberKeepsTheFamilysMenuOnTheProblemPage() {
		var contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		var mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		var family = data.familyMember(contactPerson, household, mother);
		var problems = new ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser().page(width, 900);
			browser().logInAsFamily(page, family.username(), TestData.PASSWORD);
			for (String path : new String[] { "/family/agreements/" + UUID.randomUUID(), "/family/no-such-page" }) {
				var missing = page.navigate(path);
				org.assertj.core.api.Assertions.assertThat(missing.status()).as(path).isEqualTo(404);
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niet gevonden")))
					.isVisible();
				assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uw rechten")))
					.isVisible();
				assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")))
					.isVisible();
				// the family's layout: its name, not a professional's "Kernteam"
				assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn Kernteam")))
					.isVisible();
				String name = path.contains("agreements") ? "agreement" : "address";
				problems.addAll(AxeCheck.checkHere(page, path, width, "problem-family-" + name + "-" + width));
			}
		}
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

	@TestConfiguration
	static class BusyPage {

		@Bean
		Busy busy() {
			return new Busy();
		}

	}

	/** A page whose transaction the database gives up, as a lock wait would. */
	@Controller
	static class Busy {

		@GetMapping("/test/busy")
		String busy() {
			throw new CannotAcquireLockException("could not obtain lock (test)");
		}

	}

}

package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15: the contact person records a supervision order for one child that ends in six
 * weeks, sees the warning to request the extension on the legal track and on "Mijn werk",
 * and then closes the file with the family's own words.
 */
@BrowserTest
class CourtOrderBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisionOrderEndingSoonWarnsOnMyWorkUntilTheFileIsClosed() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		String family = data.householdName(household);
		UUID daan = jdbc.sql("select id from member where household_id = :h and given_name = 'Daan'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		LocalDate start = today.plusWeeks(6).minusYears(1);
		String base = "/households/" + household.value();

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate(base);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar jeugdbescherming")).click();
		assertThat(page.locator("h1")).hasText("Jeugdbescherming");
		page.getByLabel("Kind").selectOption(daan.toString());
		page.getByLabel("Maatregel", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Ondertoezichtstelling"));
		page.getByLabel("Datum van de beslissing").fill(start.toString());
		page.getByLabel("Ingangsdatum").fill(start.toString());
		page.getByLabel("Einddatum").fill(start.plusYears(1).plusDays(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maatregel vastleggen")).click();
		assertThat(page.locator("#endsOn-error")).containsText("ten hoogste 1 jaar");
		Browser.screenshot(page, "court-order-form-error");
		page.getByLabel("Einddatum").fill(start.plusYears(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maatregel vastleggen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De maatregel is vastgelegd");
		assertThat(page.locator("article")).containsText("Verlenging op tijd aanvragen");
		Browser.screenshot(page, "court-order-legal-track");

		page.navigate("/");
		Locator deadlines = page.locator("section[aria-labelledby=deadlines-heading]");
		assertThat(deadlines).containsText(family);
		assertThat(deadlines).containsText("Ondertoezichtstelling");
		assertThat(deadlines).containsText("Verlenging op tijd aanvragen");
		Browser.screenshot(page, "court-order-my-work");

		page.navigate(base + "/close");
		page.getByLabel("Waarom stopt de hulp?").fill("De gecertificeerde instelling neemt het over.");
		page.getByLabel("Wat zegt het gezin zelf? (niet verplicht)").fill("Wij willen zelf verder met de voogd.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hulp afsluiten")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het dossier is afgesloten");

		page.navigate("/");
		assertThat(page.locator("main")).not().containsText("Verlenging op tijd aanvragen");
		Browser.screenshot(page, "court-order-my-work-after-closing");
	}

}

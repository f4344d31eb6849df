package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.signal.TestFamilies;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class SignalBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HouseholdManagement households;

	@BeforeAll
	static void noBrowserYet() {
		browser = null;
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	Browser browser() {
		if (browser == null) {
			browser = new Browser(port);
		}
		return browser;
	}

	@Test
	void mentalHealthSignalsTheParentTheBoardSignalsTheChildAndBothSeeEachOthersContactDetails() {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		String parentBsn = TestFamilies.bsn();
		String childBsn = TestFamilies.bsn();
		TestFamilies.household(households, data.professional(OrganisationType.LOCAL_TEAM), parentBsn, childBsn);

		Page ggzPage = browser().desktop();
		browser().logIn(ggzPage, ggz.username(), TestData.PASSWORD);
		ggzPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signalen").setExact(true)).click();
		assertThat(ggzPage.getByText("U heeft geen matches.")).isVisible();
		Browser.screenshot(ggzPage, "signals-no-matches");
		ggzPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaal afgeven")).first().click();
		ggzPage.getByLabel("BSN").fill(parentBsn);
		Browser.screenshot(ggzPage, "signal-form");
		ggzPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal afgeven")).click();
		assertThat(ggzPage.getByRole(AriaRole.STATUS)).containsText("Er is nu nog geen andere organisatie betrokken");

		Page raadPage = browser().desktop();
		browser().logIn(raadPage, raad.username(), TestData.PASSWORD);
		raadPage.navigate("/signals/new");
		raadPage.getByLabel("BSN").fill(childBsn);
		raadPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal afgeven")).click();
		assertThat(raadPage.getByRole(AriaRole.STATUS)).containsText("Er is 1 match gevonden");
		var match = raadPage.locator(".match");
		assertThat(match.getByRole(AriaRole.HEADING)).hasText(ggz.summary().organisationName());
		assertThat(match).containsText(ggz.summary().name());
		assertThat(match).containsText("Zelfde gezin");
		assertThat(match.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName(ggz.summary().email())))
			.isVisible();
		Browser.screenshot(raadPage, "signals-match-raad");

		ggzPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn werk")).click();
		assertThat(ggzPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nieuwe matches")))
			.isVisible();
		Browser.screenshot(ggzPage, "start-page-new-matches");
		ggzPage.navigate("/signals");
		var ggzMatch = ggzPage.locator(".match");
		assertThat(ggzMatch.getByRole(AriaRole.HEADING)).hasText(raad.summary().organisationName());
		assertThat(ggzMatch).containsText(raad.summary().name());
		assertThat(ggzMatch).containsText(raad.summary().email());
		assertThat(ggzMatch).containsText("06 1234 5678");
		Browser.screenshot(ggzPage, "signals-match-ggz");

		Page phone = browser().phone();
		browser().logIn(phone, ggz.username(), TestData.PASSWORD);
		phone.navigate("/signals");
		assertThat(phone.locator(".match")).containsText(raad.summary().name());
		Browser.screenshot(phone, "signals-match-phone");
		phone.navigate("/signals/organisation");
		Browser.screenshot(phone, "signals-organisation-phone");
		phone.navigate("/signals/new");
		Browser.screenshot(phone, "signal-form-phone");
	}

	@Test
	void aProfessionalWithdrawsASignalAndTheFormShowsErrorsNextToTheFields() {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		Page page = browser().desktop();
		browser().logIn(page, ggz.username(), TestData.PASSWORD);
		page.navigate("/signals/new");
		page.getByLabel("BSN").fill("123456789");
		page.getByLabel("Voornaam").fill("Noor");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal afgeven")).click();
		assertThat(page.locator("#bsn-error")).containsText("elfproef");
		Browser.screenshot(page, "signal-form-errors");

		page.getByLabel("BSN").fill(TestFamilies.bsn());
		page.getByLabel("Voornaam").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal afgeven")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw signaal is vastgelegd");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signalen van mijn organisatie")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Signalen van mijn organisatie")))
			.isVisible();
		Browser.screenshot(page, "signals-organisation");
		page.onDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intrekken")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het signaal is ingetrokken");
		assertThat(page.getByText("Uw organisatie heeft geen actieve signalen.")).isVisible();
	}

}

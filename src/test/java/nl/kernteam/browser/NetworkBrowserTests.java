package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;

@BrowserTest
class NetworkBrowserTests extends BrowserTestSupport {

	@Test
	void contactPersonBringsVeiligThuisInAndOutAgain() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		var household = data.household(contactPerson);
		String householdName = "Gezin " + data.householdName(household);

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate("/households/" + household.value());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Netwerk bekijken")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Professional toevoegen")).click();
		page.getByLabel("Zoek een professional op naam of organisatie").fill(veiligThuis.summary().name());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		// the search replaces the page; choose only from the new one
		page.waitForURL("**q=**");
		page.getByLabel(veiligThuis.summary().name()).check();
		page.locator("#role-CORE_TEAM").check();
		page.getByLabel("Waarom").fill("Veiligheidsbeoordeling na melding; denkt mee over veiligheid thuis");
		Browser.screenshot(page, "network-add-professional");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen aan het netwerk")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Toegevoegd");
		assertThat(page.locator("table").first()).containsText(veiligThuis.summary().name());
		Browser.screenshot(page, "network-page");

		Page vt = browser().desktop();
		browser().logIn(vt, veiligThuis.username(), TestData.PASSWORD);
		vt.navigate("/households");
		assertThat(vt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(householdName))).isVisible();
		vt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(householdName)).click();
		assertThat(vt.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(householdName))).isVisible();

		page.navigate("/households/" + household.value() + "/network");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName("Betrokkenheid van " + veiligThuis.summary().name() + " beëindigen")).click();
		page.getByLabel("Waarom stopt de betrokkenheid?").fill("Veiligheid is stabiel; wijkteam gaat alleen verder");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Betrokkenheid beëindigen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("beëindigd");

		vt.navigate("/households");
		assertThat(vt.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(householdName))).hasCount(0);
		vt.navigate("/households/" + household.value());
		assertThat(vt.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang"))).isVisible();
		Browser.screenshot(vt, "network-refused");

		page.navigate("/households/" + household.value() + "/timeline");
		assertThat(page.locator(".timeline")).containsText(veiligThuis.summary().name());
		Browser.screenshot(page, "timeline");
	}

	@Test
	void householdPageNetworkAndTimelineWorkOnAPhone() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		data.involve(contactPerson, household, data.professional(OrganisationType.CHILD_PROTECTION_BOARD), "CORE_TEAM");
		data.involve(contactPerson, household, data.professional(OrganisationType.MENTAL_HEALTH), "PARTNER");
		data.informal(contactPerson, household, "Truus", "oma");

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate("/households/" + household.value());
		page.getByText("Notitie toevoegen").first().click();
		page.getByLabel("Wat is er besproken of gebeurd?")
			.fill("Huisbezoek: moeder vertelt dat het rustiger is thuis.");
		page.getByLabel("Soort contact").selectOption("HOME_VISIT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie opslaan")).click();
		assertThat(page.locator(".timeline")).containsText("moeder vertelt");
		Browser.screenshot(page, "household-page-with-network");
		page.navigate("/households/" + household.value() + "/network");
		Browser.screenshot(page, "network-picture");

		Page phone = browser().phone();
		browser().logIn(phone, contactPerson.username(), TestData.PASSWORD);
		phone.navigate("/households/" + household.value());
		Browser.screenshot(phone, "household-page-with-network-phone");
		phone.navigate("/households/" + household.value() + "/network");
		Browser.screenshot(phone, "network-picture-phone");
		phone.navigate("/households/" + household.value() + "/helpers");
		assertThat(phone.getByText("Truus")).isVisible();
		Browser.screenshot(phone, "helpers-phone");
		phone.navigate("/households/" + household.value() + "/timeline");
		Browser.screenshot(phone, "timeline-phone");
	}

	@Test
	void aNoteForTheWholeNetworkReachesThePartnerAndACoreTeamNoteDoesNot() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate("/households/" + household.value());
		page.getByText("Notitie toevoegen").first().click();
		page.getByLabel("Wat is er besproken of gebeurd?").fill("Daan vertelde alleen over de ruzies thuis.");
		assertThat(page.getByLabel("Alleen het kernteam")).isChecked();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie opslaan")).click();
		assertThat(page.locator(".timeline")).containsText("ruzies thuis");
		if (!page.getByLabel("Wat is er besproken of gebeurd?").isVisible()) {
			page.getByText("Notitie toevoegen").first().click();
		}
		page.getByLabel("Wat is er besproken of gebeurd?").fill("Afgesproken: school belt moeder bij verzuim.");
		page.getByLabel("Soort contact").selectOption("MEETING");
		page.getByLabel("Het hele netwerk").check();
		Browser.screenshot(page, "note-form-audience");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie opslaan")).click();
		assertThat(page.locator(".timeline")).containsText("school belt moeder");
		assertThat(page.locator(".timeline")).containsText("Voor het hele netwerk");

		Page school = browser().desktop();
		browser().logIn(school, partner.username(), TestData.PASSWORD);
		school.navigate("/households/" + household.value());
		assertThat(school.locator(".timeline")).containsText("school belt moeder");
		assertThat(school.locator(".timeline")).not().containsText("ruzies thuis");
		assertThat(school.locator(".assessment-section")).hasCount(0);
		// a partner writes for the network only
		assertThat(school.getByLabel("Alleen het kernteam")).hasCount(0);
		assertThat(school.getByLabel("Het hele netwerk")).hasCount(1);
		Browser.screenshot(school, "household-page-for-a-partner");
	}

}

package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;

/**
 * The pages the other browser tests pass by: each renders its heading, on desktop and
 * phone, and is kept as a screenshot.
 */
@BrowserTest
class PageTourBrowserTests extends BrowserTestSupport {

	@Test
	void teamLeadContactPersonAndOutsiderPagesRender() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var team = new OrganisationSummary(contactPerson.summary().organisationId(), null, null, null, null);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		var household = data.household(contactPerson);
		data.involve(contactPerson, household, data.professional(OrganisationType.VEILIG_THUIS), "CORE_TEAM");
		String base = "/households/" + household.value();

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		visit(page, base + "/network/contact-person", "Vast contactpersoon van Gezin", "tour-contact-person");
		visit(page, base + "/network/director", "Regisseur van Gezin", "tour-director");
		visit(page, base + "/helpers", "Wie helpt Gezin", "tour-helpers-desktop");
		visit(page, "/notifications", "Meldingen", "tour-notifications");

		Page leadPage = browser().desktop();
		browser().logIn(leadPage, lead.username(), TestData.PASSWORD);
		visit(leadPage, "/team", "Mijn team", "tour-team");
		visit(leadPage, "/team/" + contactPerson.id(), "Gezinnen van", "tour-team-member");

		Pro police = data.professional(OrganisationType.POLICE);
		Page outsider = browser().phone();
		browser().logIn(outsider, police.username(), TestData.PASSWORD);
		visit(outsider, base, "Geen toegang", "tour-refused-phone");
		visit(outsider, base + "/emergency-access", "Noodtoegang aanvragen", "tour-emergency-phone");
	}

	@Test
	void formsAndLogsThatOtherTestsSkipRender() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		var involvement = data.involve(contactPerson, household, data.professional(OrganisationType.MENTAL_HEALTH),
				"PARTNER");
		data.informal(contactPerson, household, "Truus", "oma");
		String base = "/households/" + household.value();

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		visit(page, base + "/edit", "Gezin wijzigen", "tour-household-edit");
		visit(page, base + "/network/informal/new", "Iemand uit het eigen netwerk toevoegen", "tour-add-informal");
		visit(page, base + "/network/involvements/" + involvement + "/end", "Betrokkenheid van",
				"tour-end-involvement");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Betrokkenheid beëindigen")).click();
		assertThat(page.locator("#reason-error")).isVisible();
		Browser.screenshot(page, "tour-end-involvement-error");

		page.navigate(base + "/plan");
		page.locator("#agreements > summary").click();
		page.getByLabel("Wat wordt er gedaan?").fill("Oma haalt de kinderen op");
		page.getByLabel("Wie doet het?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Truus (oma)"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
		assertThat(page.locator(".agreement")).hasCount(1);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Wijzigen of voortgang: Oma haalt de kinderen op"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Afspraak");
		Browser.screenshot(page, "tour-agreement");

		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		Page privacy = browser().desktop();
		browser().logIn(privacy, officer.username(), TestData.PASSWORD);
		visit(privacy, base + "/access-log", "Toegangslog van Gezin", "tour-access-log");
	}

	static void visit(Page page, String path, String heading, String screenshot) {
		page.navigate(path);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
		Browser.screenshot(page, screenshot);
	}

}

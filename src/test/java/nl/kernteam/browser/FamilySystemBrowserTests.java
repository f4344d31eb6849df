package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.signal.TestFamilies;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class FamilySystemBrowserTests extends BrowserTestSupport {

	@Autowired
	HouseholdManagement households;

	@Test
	void parentsApartAGrandmotherALifeDomainCheckAndTheDebtsAsAPlanGoal() {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		Pro fathersWorker = data.professional(OrganisationType.LOCAL_TEAM);
		String family = "Genogram" + TestData.unique();
		String noor = TestFamilies.bsn();
		String sem = TestFamilies.bsn();

		// the mother registers with both children; they live with her part of the week
		Page page = browser().desktop();
		browser().logIn(page, worker.username(), TestData.PASSWORD);
		page.navigate("/households/new");
		HouseholdBrowserTests.fillMember(page, 0, "Marieke", family, "1987-04-12", "PARENT", "");
		page.locator("#members0\\.gender").selectOption("FEMALE");
		page.locator("#members0\\.phone").fill("06 1234 5678");
		HouseholdBrowserTests.addMember(page, 1);
		HouseholdBrowserTests.fillMember(page, 1, "Noor", family, "2015-09-01", "CHILD", noor);
		page.locator("#members1\\.gender").selectOption("FEMALE");
		page.locator("#members1\\.residence").selectOption("PART_TIME");
		HouseholdBrowserTests.addMember(page, 2);
		HouseholdBrowserTests.fillMember(page, 2, "Sem", family, "2019-02-20", "CHILD", sem);
		page.locator("#members2\\.gender").selectOption("MALE");
		page.locator("#members2\\.residence").selectOption("PART_TIME");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gezin aanmelden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gezin " + family)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("06 1234 5678")).first())
			.hasAttribute("href", "tel:0612345678");
		String mothersPage = page.url();

		// the father's household, with the same children, has another contact person; the
		// grandmother's is Anouk's too
		households.register(fathersWorker.actor(),
				new RegisterHousehold(null, "Gezin Bram " + family, List.of(
						new MemberInput(null, "Bram", family, LocalDate.of(1985, 1, 30), MemberRole.PARENT, null,
								false),
						new MemberInput(null, "Noor", family, LocalDate.of(2015, 9, 1), MemberRole.CHILD, noor, false),
						new MemberInput(null, "Sem", family, LocalDate.of(2019, 2, 20), MemberRole.CHILD, sem, false)),
						null, null));
		households.register(worker.actor(), new RegisterHousehold(null, "Oma " + family, List
			.of(new MemberInput(null, "Truus", family, LocalDate.of(1955, 6, 6), MemberRole.PARENT, null, false)), null,
				null));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Familiesysteem")).click();
		assertThat(page.getByText("Een huishouden waarbij u niet betrokken bent")).isVisible();
		assertThat(page.getByText("Gezin Bram " + family)).hasCount(0);

		// Marieke is Noor's mother, with parental authority
		page.getByLabel("Wie", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Marieke " + family));
		page.getByLabel("Relatie", new Page.GetByLabelOptions().setExact(true)).selectOption("PARENT_OF");
		page.getByLabel("Van wie", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Noor " + family));
		page.getByLabel("Heeft gezag over dit kind").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relatie vastleggen")).click();
		assertThat(page.getByText("Marieke " + family + " is ouder van Noor " + family + " (met gezag)")).isVisible();

		// link the grandmother's household: search, choose, say why
		page.getByText("Een ander huishouden van deze familie koppelen").click();
		page.getByLabel("Zoek het andere huishouden op naam").fill("Oma " + family);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		page.getByLabel("Oma " + family, new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Hoe horen ze bij elkaar?").selectOption("GRANDPARENTS");
		page.getByLabel("Waarom koppelt u ze?").fill("Oma vangt de kinderen na school op");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Huishoudens koppelen")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oma " + family))).isVisible();
		assertThat(page.locator(".genogram svg")).isVisible();
		Browser.screenshot(page, "family-system");

		Page phone = browser().phone();
		browser().logIn(phone, worker.username(), TestData.PASSWORD);
		phone.navigate(page.url());
		assertThat(phone.locator(".genogram svg")).isVisible();
		Browser.screenshot(phone, "family-system-phone");

		// a life-domain check for Marieke: debts are an acute problem
		page.navigate(mothersPage);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Levensgebieden")).click();
		page.getByLabel("Voor wie?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Marieke " + family));
		page.locator("#rows0\\.score").selectOption("1");
		page.locator("#rows0\\.words").fill("Schulden bij de energie en de huur");
		page.locator("#rows0\\.strength").selectOption("PROFESSIONALS");
		page.locator("#rows3\\.score").selectOption("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check opslaan")).click();
		assertThat(page.getByText("De check is opgeslagen.")).isVisible();
		assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Financiën en schulden")))
			.isVisible();
		Browser.screenshot(page, "life-domains");

		// the debts become a goal in the plan, in one step, grouped under their domain
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
			.setName("Maak van Financiën en schulden van Marieke " + family + " een doel in het plan")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Financiën en schulden")))
			.isVisible();
		assertThat(page.getByText("Schulden bij de energie en de huur").first()).isVisible();
		Browser.screenshot(page, "plan-goal-from-life-domain");

		// the keyboard reaches the family-system page's controls
		page.navigate(mothersPage);
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
	}

}

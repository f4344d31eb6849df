package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the family's own Kernteam. The contact person invites the mother and hands
 * her the letter; on her phone she activates her account, logs in, and sees her contact
 * person and who looked at the file. The contact person answers the family from the
 * household page.
 */
@BrowserTest
class FamilyPortalBrowserTests extends BrowserTestSupport {

	static final String MOTHERS_PASSWORD = "ons gezin doet mee";

	@Autowired
	HouseholdManagement households;

	@Test
	void theMotherActivatesHerAccountOnHerPhoneAndSeesWhoLookedAtTheFile() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		LocalDate today = LocalDate.now();
		String family = "Jansen" + TestData.unique();
		var household = households.register(contactPerson.actor(), new RegisterHousehold(null, null,
				List.of(new MemberInput(null, "Sanne", family, today.minusYears(36), MemberRole.PARENT, null, false),
						new MemberInput(null, "Noor", family, today.minusYears(14), MemberRole.CHILD, null, false)),
				null, null));

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate("/households/" + household.value());
		Browser.screenshot(page, "portal-household-section");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigen: Sanne " + family)).click();
		assertThat(page.locator("h1")).containsText("Uw eigen Kernteam, Sanne " + family);
		String code = page.locator(".letter__code strong").textContent().trim();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		Browser.screenshot(page, "portal-letter");

		Page phone = browser().phone();
		phone.navigate("/family/activate");
		phone.getByLabel("Code uit de brief").fill(code.toLowerCase());
		phone.getByLabel("Uw inlognaam").fill("sanne" + TestData.unique());
		String username = phone.getByLabel("Uw inlognaam").inputValue();
		phone.getByLabel("Uw wachtwoord").fill(MOTHERS_PASSWORD);
		Browser.screenshot(phone, "portal-activate");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanzetten")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Uw account staat aan");

		browser().logInAsFamily(phone, username, MOTHERS_PASSWORD);
		assertThat(phone.locator("h1")).containsText("Uw gezin");
		assertThat(phone.locator("main")).containsText(contactPerson.summary().name());
		assertThat(Browser.scrollsSideways(phone)).as("no sideways scrolling at 390 px").isFalse();
		Browser.screenshot(phone, "portal-home-phone");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie keek er mee")).click();
		assertThat(phone.locator("main")).containsText(contactPerson.summary().name());
		assertThat(Browser.scrollsSideways(phone)).isFalse();
		Browser.screenshot(phone, "portal-access-log-phone");

		page.navigate("/households/" + household.value());
		assertThat(page.locator("#family-accounts-heading + p + ul")).containsText("Actief");

		// the answer form on the household page posts (its CSRF field, issue 19); an
		// empty
		// answer comes back next to its field
		var send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord sturen"));
		send.click();
		assertThat(page.locator("#familyMessage-error")).containsText("Schrijf eerst een antwoord.");
		assertThat(page.getByLabel("Antwoord aan het gezin")).hasAttribute("aria-invalid", "true");
		page.getByLabel("Antwoord aan het gezin").fill("Ik bel u dinsdag.");
		send.click();
		assertThat(page.locator("#family-voice .family-messages")).containsText("Ik bel u dinsdag.");
		assertThat(page.locator("#familyMessage-error")).hasCount(0);
	}

}

package nl.kernteam.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, done when: on her phone a mother activates her account, reads the worries and
 * the plan, disagrees with a key decision in her own words (which the contact person then
 * reads beside the professionals' text, with her as its author), sees who looked at the
 * file and files an objection; a young person of 14 sees her own scale and not the item
 * withheld from her.
 */
@BrowserTest
class FamilyJourneyBrowserTests extends BrowserTestSupport {

	static final String MOTHERS_PASSWORD = "wij willen meepraten";

	static final String HER_WORDS = "Twee keer per week is te veel. Eén keer is genoeg voor ons.";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	FamilyAccountManagement accounts;

	@Autowired
	Withholdings withholdings;

	@Test
	void theMotherDisagreesInHerOwnWordsAndObjectsAndHerDaughterSeesOnlyWhatIsHers() throws Exception {
		var family = new SightFamily(context, null);
		String mother = "Moeder " + family.family;
		String code = accounts.invite(family.contactPerson.actor(), family.household, family.members.get("Moeder"))
			.activationCode();

		Page phone = browser().phone();
		phone.navigate("/family/activate");
		phone.getByLabel("Code uit de brief").fill(code);
		String username = "moeder" + TestData.unique();
		phone.getByLabel("Uw inlognaam").fill(username);
		phone.getByLabel("Uw wachtwoord").fill(MOTHERS_PASSWORD);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanzetten")).click();
		browser().logInAsFamily(phone, username, MOTHERS_PASSWORD);

		phone.navigate("/family/assessments/" + family.assessment);
		assertThat(phone.locator("main")).containsText("Er is vaak ruzie thuis");
		assertThat(phone.locator("main")).containsText("Dit zijn de dingen waar wij ons zorgen over maken.");
		assertThat(Browser.scrollsSideways(phone)).isFalse();
		Browser.screenshot(phone, "journey-mother-assessment");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat vindt u van dit besluit?")).click();
		phone.getByLabel("Nee, ik ben het er niet mee eens").check();
		phone.getByLabel("In uw eigen woorden").fill(HER_WORDS);
		Browser.screenshot(phone, "journey-mother-disagrees");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opsturen")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Uw mening staat nu in het dossier");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan")).click();
		assertThat(phone.locator("main")).containsText("Moeder belt oma als het misgaat");
		assertThat(Browser.scrollsSideways(phone)).isFalse();
		Browser.screenshot(phone, "journey-mother-plan");

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie keek er mee")).click();
		assertThat(phone.locator("main")).containsText(family.contactPerson.summary().name());
		Browser.screenshot(phone, "journey-mother-who-looked");

		phone.navigate("/family/objections");
		phone.getByLabel("Bezwaar maken").check();
		phone.getByLabel("Wat wilt u zeggen?").fill("Ik ben het niet eens met twee keer per week gezinshulp.");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opsturen")).click();
		assertThat(phone.locator("main")).containsText("Ontvangen");
		assertThat(Browser.scrollsSideways(phone)).isFalse();
		Browser.screenshot(phone, "journey-mother-objection");

		Page desk = browser().desktop();
		browser().logIn(desk, family.contactPerson.username(), TestData.PASSWORD);
		desk.navigate("/households/" + family.household.value() + "/assessments/" + family.assessment);
		assertThat(desk.locator("main")).containsText(HER_WORDS);
		assertThat(desk.locator("main")).containsText(mother);
		Browser.screenshot(desk, "journey-professional-reads-her-view");

		withholdings.withhold(family.contactPerson.actor(), family.household,
				new Withhold(family.members.get("Noor"), FamilyItemKind.WORRY, family.secretWorry,
						WithholdingReason.PRIVACY_OF_OTHER, "Gaat over de moeder",
						LocalDate.now(AmsterdamTime.ZONE).plusMonths(3)));
		var noor = family.account(data, "Noor");
		Page daughter = browser().phone();
		browser().logInAsFamily(daughter, noor.username(), TestData.PASSWORD);
		daughter.navigate("/family/assessments/" + family.assessment);
		assertThat(daughter.locator("main")).containsText("Cijfer van Noor");
		assertThat(daughter.locator("main")).not().containsText("Geheime zorg");
		assertThat(daughter.locator("main")).not().containsText("Woorden van Moeder");
		assertThat(Browser.scrollsSideways(daughter)).isFalse();
		Browser.screenshot(daughter, "journey-daughter-assessment");
	}

}

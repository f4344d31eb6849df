package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.kernteam.household.HouseholdId;
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
 * Issue 14: the contact person asks the Raad voor de Kinderbescherming a question from
 * the network page, a Raad professional accepts it from the duty queue, and the contact
 * person and the family see who joined and until when.
 */
@BrowserTest
class ExpertiseRequestBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContactPersonAsksTheRaadAndSheAndTheFamilySeeWhoJoinedUntilWhen() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(contactPerson);
		var board = data.organisation(OrganisationType.CHILD_PROTECTION_BOARD);
		Pro raad = data.professional(board);
		LocalDate until = LocalDate.now().plusWeeks(8);
		String question = "Is een verzoek tot onderzoek nodig, of helpen de veiligheidsafspraken genoeg?";
		String network = "/households/" + household.value() + "/network";

		Page raadPage = browser().desktop();
		browser().logIn(raadPage, raad.username(), TestData.PASSWORD);
		raadPage.navigate("/households/" + household.value());
		assertThat(raadPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")))
			.isVisible();

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate(network);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Expertise vragen")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen")).click();
		assertThat(page.locator("#question-error")).containsText("Schrijf de vraag op");
		Browser.screenshot(page, "expertise-request-form-error");
		page.getByLabel("Organisatie").selectOption(new SelectOption().setLabel(board.name()));
		page.getByLabel("Vraag", new Page.GetByLabelOptions().setExact(true)).fill(question);
		page.getByLabel("Hoe dringend").selectOption(new SelectOption().setLabel("Dringend"));
		page.getByLabel("Tot en met").fill(until.toString());
		Browser.screenshot(page, "expertise-request-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De vraag is verstuurd");
		assertThat(page.locator(".card:has(#expertise-heading)")).containsText("Gevraagd");
		Browser.screenshot(page, "expertise-request-network-asked");

		raadPage.navigate("/");
		raadPage.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Expertisevragen"))
			.click();
		assertThat(raadPage.locator("main")).containsText(question);
		assertThat(raadPage.locator("main")).containsText(contactPerson.summary().name());
		Browser.screenshot(raadPage, "expertise-request-queue");
		raadPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijken en beslissen: " + question))
			.click();
		assertThat(raadPage.locator("h1")).hasText("Expertisevraag");
		Browser.screenshot(raadPage, "expertise-request-decide");
		raadPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag aannemen")).click();
		assertThat(raadPage.getByRole(AriaRole.STATUS)).containsText("De vraag is aangenomen");
		raadPage.navigate("/households/" + household.value());
		assertThat(raadPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang"))).not()
			.isVisible();

		page.navigate(network);
		String day = until.format(DateTimeFormatter.ofPattern("d-M-yyyy"));
		assertThat(page.locator(".card:has(#expertise-heading)"))
			.containsText(raad.summary().name() + " doet mee tot en met " + day);
		assertThat(page.locator(".card:has(#expertise-heading)")).containsText("Aangenomen");
		Browser.screenshot(page, "expertise-request-network-joined");

		// the mother, on her phone, reads whom was asked, what, and who joined until when
		var mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(java.util.UUID.class)
			.single();
		var family = data.familyMember(contactPerson, household, mother);
		Page phone = browser().phone();
		browser().logInAsFamily(phone, family.username(), TestData.PASSWORD);
		phone.navigate("/family");
		Locator told = phone.locator(".portal-card:has(#expertise-heading)");
		assertThat(told).containsText(question);
		assertThat(told).containsText(raad.summary().name() + " van " + board.name() + " helpt mee tot en met "
				+ until.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))));
		told.scrollIntoViewIfNeeded();
		Browser.screenshot(phone, "expertise-request-family-told");
	}

}

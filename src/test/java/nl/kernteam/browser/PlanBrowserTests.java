package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.SaveAssessment;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.Browser;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;

@BrowserTest
class PlanBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	AssessmentManagement assessments;

	@Test
	void contactPersonMakesAPlanWithAgreementsFreezesItAndRecordsTheFamilysView() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, ggz, "PARTNER");
		data.informal(contactPerson, household, "Truus", "oma");
		String family = data.householdName(household);

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		assessmentWithTwoDangerStatements(contactPerson, household);
		page.navigate("/households/" + household.value() + "/plan");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan maken")).click();
		assertThat(page.getByLabel("De kinderen zijn veilig als er ruzie is")).isChecked();
		page.getByLabel("Moeder weet wie ze kan bellen als het te veel wordt").uncheck();
		page.getByLabel("Wat wil het gezin bereiken? (in eigen woorden)")
			.fill("Wij willen dat het thuis rustig en veilig is.");
		Browser.screenshot(page, "plan-start-from-assessment");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan maken")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het plan is gemaakt");
		assertThat(page.locator(".goal").first()).containsText("Bij de zorg: Papa schreeuwt en gooit met spullen");

		String due = LocalDate.now().plusDays(14).toString();
		addAgreement(page, "Sanne belt oma als het thuis spannend wordt", "Sanne " + family + " (Ouder)", due);
		addAgreement(page, "Oma vangt de kinderen op woensdag op", "Truus (oma)", due);
		addAgreement(page, "Start gesprekken over omgaan met boosheid",
				ggz.summary().name() + " (" + ggz.summary().organisationName() + ")", due);
		assertThat(page.locator(".agreement")).hasCount(3);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Afspraak gedaan: Oma vangt de kinderen op woensdag op"))
			.click();
		assertThat(page.locator(".agreement--done")).containsText("Oma vangt de kinderen op");

		page.getByLabel("Nieuwe evaluatie op").fill(LocalDate.now().toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie plannen")).click();
		page.getByText("Evaluatie vastleggen").first().click();
		page.getByLabel("Wat is er besproken?").fill("Het gaat beter; afspraken lopen.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen en deze versie bewaren"))
			.click();
		assertThat(page.locator("#version-1")).isVisible();

		var version = page.locator("#version-1");
		version.getByText("Mening van het gezin vastleggen").click();
		version.getByLabel("Wie zegt dit?").fill("Sanne " + family);
		version.getByLabel("Nee, niet eens").check();
		version.getByLabel("In eigen woorden", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
			.fill("Ik wil zelf ook bepalen wanneer oma komt.");
		version
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vastleggen").setExact(true))
			.click();
		assertThat(page.locator("#version-1 .views")).containsText("Ik wil zelf ook bepalen wanneer oma komt.");
		assertThat(page.locator("#version-1")).containsText("Niet iedereen is het eens");
		Browser.screenshot(page, "plan-page");

		page.navigate("/");
		Browser.screenshot(page, "start-page-my-work");
		page.navigate("/households/" + household.value() + "/plan/print");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gezin " + family)))
			.isVisible();
		Browser.screenshot(page, "plan-printed");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		Browser.screenshot(page, "plan-printed-print-media");

		Page phone = browser().phone();
		browser().logIn(phone, ggz.username(), TestData.PASSWORD);
		phone.navigate("/households/" + household.value() + "/plan");
		assertThat(phone.locator(".agreement")).hasCount(3);
		Browser.screenshot(phone, "plan-page-phone");

		// the states no page tour reaches, at 1280 and 390 px: the plan page with a
		// refused form open (the jte page's errors next to their fields), the agreement's
		// own page, the network on a past date
		String plan = "/households/" + household.value() + "/plan";
		var problems = new java.util.ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page at = browser().page(width, 900);
			browser().logIn(at, contactPerson.username(), TestData.PASSWORD);
			at.navigate(plan);
			at.getByLabel("Wanneer is het klaar?").fill("2027-01-15");
			at.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
			assertThat(at.locator("#agreement-description-error")).isVisible();
			assertThat(at.locator("#agreement-due")).hasValue("2027-01-15");
			problems.addAll(AxeCheck.checkHere(at, plan + " (refused)", width, "plan-refused-form-" + width));
			at.locator(".agreement a").first().click();
			at.waitForURL(url -> url.contains("/plan/agreements/"));
			problems.addAll(AxeCheck.checkHere(at, plan + "/agreements/…", width, "plan-agreement-" + width));
			problems.addAll(AxeCheck.check(at,
					"/households/" + household.value() + "/network?on=" + LocalDate.now().minusDays(1), width,
					"plan-tour-"));
		}
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

	/** An assessment with two danger statements, each paired with a safety goal. */
	void assessmentWithTwoDangerStatements(Pro worker, nl.kernteam.household.HouseholdId household) {
		var date = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
		var people = java.util.List.of(new AssessmentDocument.Participant(null, worker.summary().name(),
				nl.kernteam.assessment.ParticipantKind.PROFESSIONAL, null, worker.id(), null));
		var id = assessments.create(worker.actor(), household, new CreateAssessment(null, date, people, false));
		var dangers = java.util.List.of(
				new AssessmentDocument.DangerStatement(null,
						"Papa schreeuwt en gooit met spullen als hij boos is; de kinderen zijn bang",
						"De kinderen zijn veilig als er ruzie is", null),
				new AssessmentDocument.DangerStatement(null,
						"Moeder raakt overbelast en kan dan niet voor de kinderen zorgen",
						"Moeder weet wie ze kan bellen als het te veel wordt", null));
		var document = new AssessmentDocument(date, people, null, null, null, null, dangers, null, null, null, null,
				null, null, null);
		assessments.save(worker.actor(), household, id, SaveAssessment.of(1, document));
	}

	static void addAgreement(Page page, String what, String who, String due) {
		int before = page.locator(".agreement").count();
		page.getByLabel("Wat wordt er gedaan?").fill(what);
		page.getByLabel("Wie doet het?")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(who));
		page.getByLabel("Wanneer is het klaar?").fill(due);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afspraak toevoegen")).click();
		// the page is replaced after the save; wait for the new one before the next step
		assertThat(page.locator(".agreement")).hasCount(before + 1);
	}

}

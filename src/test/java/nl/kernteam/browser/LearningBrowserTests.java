package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.network.HouseholdClosing;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey (issue 16): a team lead opens the team's measures, then a case
 * review of a closed household, adds what a step brought the family and shares the review
 * without names; each page passes axe at 1280 and 390 px.
 */
@BrowserTest
class LearningBrowserTests extends BrowserTestSupport {

	@Autowired
	HouseholdClosing closing;

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTeamLeadReadsTheMeasuresAndReviewsAClosedCase() {
		var team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro worker = data.professional(team);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		HouseholdId closed = data.household(worker);
		HouseholdId running = data.household(worker);
		var households = new ArrayList<HouseholdId>(java.util.List.of(closed, running));
		for (int i = 0; i < 9; i++) {
			households.add(data.household(worker));
		}
		// the scale in every household: the family's and the professional's score
		for (int i = 0; i < households.size(); i++) {
			var assessment = assessments.create(worker.actor(), households.get(i),
					new CreateAssessment(null, LocalDate.now(AmsterdamTime.ZONE), java.util.List.of(), false));
			score(assessment.value(), 0, "FAMILY", 3 + i % 5);
			score(assessment.value(), 1, "PROFESSIONAL", 4 + i % 3);
		}
		data.involve(worker, closed, data.professional(OrganisationType.MENTAL_HEALTH), "EXPERT");
		closing.close(worker.actor(), closed, new CloseHousehold("Het gaat weer goed thuis", null, 8));
		String family = "Gezin " + data.householdName(closed);

		Page page = browser().desktop();
		browser().logIn(page, lead.username(), TestData.PASSWORD);
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maten")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maten van het team")))
			.isVisible();
		assertThat(page.locator("table").first()).containsText("Geholpen huishoudens");
		assertThat(page.locator("table").first()).containsText("11");
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Schaalvraag per kwartaal").setExact(true)))
			.isVisible();
		assertThat(page.locator("table").last()).containsText("(11 huishoudens)");
		Browser.screenshot(page, "learning-measures");
		Page narrow = browser().page(390, 844);
		browser().logIn(narrow, lead.username(), TestData.PASSWORD);
		narrow.navigate("/learning/measures");
		Browser.screenshot(narrow, "learning-measures-390");

		Pro adviser = data.professional(data.organisation(OrganisationType.MUNICIPALITY), Role.POLICY_ADVISER);
		Page region = browser().desktop();
		browser().logIn(region, adviser.username(), TestData.PASSWORD);
		region.navigate("/");
		region.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maten")).click();
		assertThat(region.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maten van de regio")))
			.isVisible();
		Browser.screenshot(region, "learning-measures-region");

		page.navigate("/households/closed");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Casusreview van " + family + " starten"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("gestart");
		assertThat(page.locator(".review-steps")).containsText("Dossier gesloten");
		page.getByLabel("Wat bracht deze stap het gezin?").first().fill("Snel een vast aanspreekpunt voor het gezin");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap 1 opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opgeslagen");
		assertThat(page.getByLabel("Wat bracht deze stap het gezin?").first())
			.hasValue("Snel een vast aanspreekpunt voor het gezin");
		Browser.screenshot(page, "learning-case-review");
		String review = page.url().replaceAll("^.*/case-reviews/([^/#?]+).*$", "$1");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk zonder namen")).click();
		assertThat(page.locator(".review-steps")).not().containsText(worker.summary().name());
		assertThat(page.locator(".review-steps")).containsText("professional A (lokaal team)");
		Browser.screenshot(page, "learning-case-review-anonymised");

		page.navigate("/learning/rhythm");
		page.getByLabel(worker.summary().name()).check();
		page.getByLabel("Welke casussen zijn besproken?").fill("Gezin met zorgen over school");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intervisie opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("vastgelegd");
		Browser.screenshot(page, "learning-rhythm");

		Page own = browser().desktop();
		browser().logIn(own, worker.username(), TestData.PASSWORD);
		own.navigate("/households/" + running.value());
		own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reflecteren")).click();
		own.getByLabel("Het gezin als vertrekpunt").fill("Moeder koos zelf wie er bij het gesprek kwam");
		own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reflectie opslaan")).click();
		assertThat(own.getByRole(AriaRole.STATUS)).containsText("opgeslagen");
		assertThat(own.locator("article")).containsText("Moeder koos zelf");
		Browser.screenshot(own, "learning-reflections");

		var failures = new ArrayList<String>();
		String base = "/households/" + closed.value() + "/case-reviews/" + review;
		for (int width : new int[] { 1280, 390 }) {
			Page checked = browser().page(width, 844);
			browser().logIn(checked, lead.username(), TestData.PASSWORD);
			for (String path : java.util.List.of("/learning/measures", "/learning/rhythm", "/learning/startfoto", base,
					base + "/anonymised")) {
				failures.addAll(AccessibilityBrowserTests.check(checked, path, width));
			}
			Page advisers = browser().page(width, 844);
			browser().logIn(advisers, adviser.username(), TestData.PASSWORD);
			failures.addAll(AccessibilityBrowserTests.check(advisers, "/learning/measures", width));
			Page mine = browser().page(width, 844);
			browser().logIn(mine, worker.username(), TestData.PASSWORD);
			failures.addAll(
					AccessibilityBrowserTests.check(mine, "/households/" + running.value() + "/reflections", width));
		}
		org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
	}

	void score(UUID assessment, int position, String kind, int score) {
		jdbc.sql("""
				insert into assessment_participant (assessment_id, id, position, name, kind, score)
				values (:assessment, :id, :position, :name, :kind, :score)
				""")
			.param("assessment", assessment)
			.param("id", UUID.randomUUID())
			.param("position", position)
			.param("name", kind.equals("FAMILY") ? "Moeder" : "Hulpverlener")
			.param("kind", kind)
			.param("score", score)
			.update();
	}

}

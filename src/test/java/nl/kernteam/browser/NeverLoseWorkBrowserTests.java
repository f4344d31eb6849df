package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentId;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.assessment.SaveAssessment;
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
 * Issue 17 in a real browser: the assessment opens to read and one part is edited at a
 * time; the focus goes to the result or to the first error; leaving typed text warns; a
 * draft survives a closed tab and a new session and is offered back.
 */
@BrowserTest
class NeverLoseWorkBrowserTests extends BrowserTestSupport {

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	HouseholdId household;

	AssessmentId assessment;

	void aSavedAssessment() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		var date = LocalDate.of(2026, 11, 2);
		var people = List.of(new Participant(null, "Sanne", ParticipantKind.FAMILY, null, null, null),
				new Participant(null, "Daan", ParticipantKind.FAMILY, null, null, null));
		assessment = assessments.create(worker.actor(), household, new CreateAssessment(null, date, people, false));
		var document = new AssessmentDocument(date, people, null,
				List.of(AssessmentDocument.Item.of("Harde ruzies waar de kinderen bij zijn.")),
				List.of(AssessmentDocument.Item.of("Oma vangt de kinderen op.")), null, null, null, null, null, null,
				null, null, null);
		assessments.save(worker.actor(), household, assessment, SaveAssessment.of(1, document));
	}

	String page() {
		return "/households/" + household + "/assessments/" + assessment;
	}

	@Test
	void theAssessmentOpensToReadAndOnePartIsEditedAtATime() {
		aSavedAssessment();
		var figures = new ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser().page(width, 900);
			browser().logIn(page, worker.username(), TestData.PASSWORD);
			page.navigate(page() + "/edit");
			figures.add(width + " px, everything editable: " + measure(page));
			page.navigate(page());
			figures.add(width + " px, to read: " + measure(page));
			Browser.screenshot(page, "assessment-read-" + width);
			org.assertj.core.api.Assertions.assertThat(page.locator("textarea").count()).isZero();

			// the list of parts jumps to a part, and the focus goes with it
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Onderdelen van het gesprek"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Feiten"))
				.click();
			assertThat(page.locator("#part-FACTS")).isFocused();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feiten bewerken")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bewerken: Feiten")))
				.isVisible();
			figures.add(width + " px, one part: " + measure(page));
			org.assertj.core.api.Assertions.assertThat(page.locator("#worries0\\.text").count()).isZero();
			// the second pass adds a second fact
			int row = width == 1280 ? 0 : 1;
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een feit toevoegen")).click();
			assertThat(page.locator("#facts" + row + "\\.text")).isFocused();
			page.locator("#facts" + row + "\\.text")
				.fill("De politie kwam op 2 november" + (width == 390 ? " (telefoon)." : "."));
			Browser.screenshot(page, "assessment-edit-part-" + width);

			// an error: the focus goes to the first field with one, marked and described
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
			assertThat(page.locator("#facts" + row + "\\.source")).isFocused();
			assertThat(page.locator("#facts" + row + "\\.source")).hasAttribute("aria-invalid", "true");
			assertThat(page.locator("#facts" + row + "\\.source")).hasAttribute("aria-describedby",
					java.util.regex.Pattern.compile(".*facts" + row + "\\.source-error.*"));

			page.locator("#facts" + row + "\\.source").fill("Politie");
			page.locator("label[for='facts" + row + ".certainty-SEEN']").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
			// saved: back to reading, the focus on the part just saved
			assertThat(page.locator("#part-FACTS")).isFocused();
			assertThat(page.locator("#part-FACTS")).containsText("De politie kwam op 2 november");
			assertThat(page.locator("#part-WORRIES")).containsText("Harde ruzies waar de kinderen bij zijn.");
			assertThat(page.getByText("De oordeelsvorming is opgeslagen.")).isVisible();
		}
		System.out.println("Assessment page (issue 17): " + String.join("; ", figures));
	}

	@Test
	void leavingTypedTextWarnsAndADraftComesBackInANewSession() {
		aSavedAssessment();
		Page page = browser().desktop();
		browser().logIn(page, worker.username(), TestData.PASSWORD);
		page.navigate(page() + "/edit?part=VIEWS");
		var dialogs = new ArrayList<String>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		var kept = page.waitForResponse(r -> r.url().endsWith("/drafts") && r.request().method().equals("POST"),
				() -> page.locator("#participants0\\.view").fill("Het gaat beter sinds oma helpt."));
		org.assertj.core.api.Assertions.assertThat(kept.status()).isEqualTo(204);

		// a link away asks first; staying keeps the text. Leaving the field (a change
		// event) keeps the draft once more, a second later: waited for, or it could
		// arrive after the save below has thrown the draft away
		page.waitForResponse(r -> r.url().endsWith("/drafts") && r.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het gezin"))
					.click());
		org.assertj.core.api.Assertions.assertThat(dialogs).anyMatch(d -> d.contains("niet zijn opgeslagen"));
		assertThat(page.locator("#participants0\\.view")).hasValue("Het gaat beter sinds oma helpt.");
		// closing the tab asks too (beforeunload)
		dialogs.clear();
		page.close(new Page.CloseOptions().setRunBeforeUnload(true));
		page.waitForCondition(() -> !dialogs.isEmpty());
		org.assertj.core.api.Assertions.assertThat(dialogs.get(0)).startsWith("beforeunload");

		// a new window and a new session: the draft is offered back
		Page again = browser().desktop();
		browser().logIn(again, worker.username(), TestData.PASSWORD);
		again.navigate(page() + "/edit?part=VIEWS");
		assertThat(again.locator("#draft-offer")).containsText("U heeft een concept van");
		assertThat(again.locator("#participants0\\.view")).hasValue("");
		Browser.screenshot(again, "assessment-draft-offered");
		again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terugzetten")).click();
		assertThat(again.locator("#participants0\\.view")).hasValue("Het gaat beter sinds oma helpt.");
		var warned = new ArrayList<Dialog>();
		again.onDialog(dialog -> {
			warned.add(dialog);
			dialog.dismiss();
		});
		// sending the form does not warn, and saving throws the draft away
		again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(again.locator("#part-VIEWS")).containsText("Het gaat beter sinds oma helpt.");
		org.assertj.core.api.Assertions.assertThat(warned).isEmpty();
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from draft where household_id = :h")
				.param("h", household.value())
				.query(Long.class)
				.single())
			.isZero();
		again.navigate(page() + "/edit?part=VIEWS");
		again.waitForLoadState();
		assertThat(again.locator("#draft-offer")).hasCount(0);
	}

	@Test
	void afterAddingAMemberTheFocusIsOnTheNewMember() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		Page page = browser().desktop();
		browser().logIn(page, worker.username(), TestData.PASSWORD);
		page.navigate("/households/" + household + "/edit");
		int members = page.locator("fieldset.member").count();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een gezinslid toevoegen")).click();
		assertThat(page.locator("#members" + members + "\\.givenName")).isFocused();
	}

	/** Tab stops and height of the page as it is shown. */
	@SuppressWarnings("unchecked")
	static String measure(Page page) {
		var m = (Map<String, Object>) page.evaluate(
				"""
						() => {
						  const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
						    .filter(e => !e.disabled && e.tabIndex >= 0 && e.type !== 'hidden' && e.getClientRects().length > 0);
						  // radio buttons of one group are one tab stop
						  const stops = new Set(focusable.map(e => e.type === 'radio' ? 'radio:' + e.name : e));
						  return { stops: stops.size, height: document.documentElement.scrollHeight };
						}
						""");
		return m.get("stops") + " tab stops, " + m.get("height") + " px high";
	}

}

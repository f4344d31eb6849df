package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.household.AddRelation;
import nl.kernteam.household.FamilySystemManagement;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.household.RelationKind;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.Browser;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: sharing the joint assessments with the adult mental-health partner on the
 * mother's consent, and revoking it.
 */
@BrowserTest
class ShareBrowserTests extends BrowserTestSupport {

	@Autowired
	HouseholdManagement households;

	@Autowired
	HouseholdQueries householdQueries;

	@Autowired
	FamilySystemManagement familySystem;

	@Autowired
	AssessmentManagement assessments;

	@Test
	void theContactPersonSharesTheAssessmentsWithTheMothersConsentAndRevokes() {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		Pro therapist = data.professional(OrganisationType.MENTAL_HEALTH);
		LocalDate today = LocalDate.now();
		String family = "Bakker" + TestData.unique();
		var household = households.register(contactPerson.actor(), new RegisterHousehold(null, null,
				List.of(new MemberInput(null, "Sanne", family, today.minusYears(36), MemberRole.PARENT, null, false),
						new MemberInput(null, "Evi", family, today.minusYears(7), MemberRole.CHILD, null, false)),
				null, null));
		var members = householdQueries.details(contactPerson.actor(), household).members();
		familySystem.addRelation(contactPerson.actor(), household, new AddRelation(null, members.get(0).id(), null,
				members.get(1).id(), RelationKind.PARENT_OF, true, null));
		data.involve(contactPerson, household, therapist, "PARTNER");
		var assessment = assessments.create(contactPerson.actor(), household,
				new CreateAssessment(null, today.minusDays(2), List.of(new AssessmentDocument.Participant(null, "Sanne",
						ParticipantKind.FAMILY, members.get(0).id(), null, null)), false));
		String base = "/households/" + household.value();
		String assessmentPage = base + "/assessments/" + assessment.value();
		String mother = "Sanne " + family;

		Page partner = browser().desktop();
		browser().logIn(partner, therapist.username(), TestData.PASSWORD);
		partner.navigate(assessmentPage);
		assertThat(partner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")))
			.isVisible();
		Browser.screenshot(partner, "share-partner-refused-before");

		Page page = browser().desktop();
		browser().logIn(page, contactPerson.username(), TestData.PASSWORD);
		page.navigate(base + "/network");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Iets delen met " + therapist.summary().name()))
			.click();
		page.getByLabel("gezamenlijke oordeelsvorming").check();
		page.locator("#legalBasis-CONSENT").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delen")).click();
		assertThat(page.locator("#consentOf-error")).containsText("Kruis aan wie toestemming gaf");
		Browser.screenshot(page, "share-form-error");
		page.getByLabel(mother, new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("Toelichting").fill("Besproken met moeder; de therapeut helpt bij de veiligheidsafspraken.");
		Browser.screenshot(page, "share-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gedeeld");
		assertThat(page.locator(".sights"))
			.containsText("Gedeeld: gezamenlijke oordeelsvorming (toestemming van " + mother + ")");
		Browser.screenshot(page, "share-network-page");

		partner.navigate(assessmentPage);
		assertThat(partner.locator("h1")).containsText("Gezamenlijke oordeelsvorming");
		Browser.screenshot(partner, "share-partner-reads");

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(
						"Delen van gezamenlijke oordeelsvorming met " + therapist.summary().name() + " beëindigen"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het delen is beëindigd");
		assertThat(page.locator(".sights")).not().containsText("Gedeeld: gezamenlijke oordeelsvorming");

		partner.reload(); // the partner's open session: refused from the same moment
		assertThat(partner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geen toegang")))
			.isVisible();
		Browser.screenshot(partner, "share-partner-refused-after");

		page.navigate(base + "/timeline");
		assertThat(page.locator(".timeline")).containsText("Delen met " + therapist.summary().name());
		assertThat(page.locator(".timeline")).containsText("met toestemming van " + mother);
		Browser.screenshot(page, "share-timeline");
	}

}

package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the family adds and its rights, at 390 (a phone) and 1280 px wide: the family's
 * pages (messages, rights, objections, its view, "ik ben gehoord") and the professionals'
 * pages that show them (the household section, the view beside the judgement, the
 * handlers' queues). axe-core (WCAG 2.1 A and AA) finds no violation and no page scrolls
 * sideways; each page is kept as a screenshot.
 */
@BrowserTest
class FamilyVoiceAccessibilityBrowserTests extends BrowserTestSupport {

	@Autowired
	AssessmentManagement assessments;

	@Autowired
	FamilyMessages messages;

	@Autowired
	FamilyObjections objections;

	@Autowired
	FamilyVoice voice;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFamilysVoicePagesPassAxeAndDoNotScrollSideways() {
		OrganisationSummary organisation = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro contactPerson = data.professional(organisation);
		Pro teamLead = data.professional(organisation, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro officer = data.professional(organisation, Role.PRIVACY_OFFICER);
		HouseholdId household = data.household(contactPerson);
		UUID parent = jdbc
			.sql("select id from member where household_id = :h and role = 'PARENT' order by position limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		Fam mother = data.familyMember(contactPerson, household, parent);
		var assessment = assessments.create(contactPerson.actor(), household,
				new CreateAssessment(null, LocalDate.now().minusDays(1),
						List.of(new Participant(null, "Sanne", ParticipantKind.FAMILY, null, null, null)), false));
		var about = new About(AboutKind.ASSESSMENT, assessment.value().toString());
		voice.addView(mother.member(), new AddView(about, FamilyPosition.DISAGREES,
				"Wij zien het anders. De ruzies zijn minder geworden sinds oma helpt."));
		voice.heard(mother.member(), new Heard(about, 4, "Ze lieten me uitpraten."));
		messages.send(mother.member(), "Kunnen we dinsdag bellen over school?");
		objections.file(mother.member(), new FileObjection(ObjectionKind.COMPLAINT, null, "Niemand belde terug."));
		objections.file(mother.member(),
				new FileObjection(ObjectionKind.DATA_REQUEST, null, "Ik wil zien wat er over mij staat."));
		String base = "/households/" + household.value();
		String viewPage = "/family/views/new?kind=ASSESSMENT&id=" + assessment.value();
		String heardPage = "/family/heard/new?kind=ASSESSMENT&id=" + assessment.value();

		var failures = new ArrayList<String>();
		for (int width : new int[] { 390, 1280 }) {
			Page family = browser().page(width, 844);
			logInFamily(family, mother.username());
			for (String path : List.of("/family/messages", "/family/rights", "/family/objections",
					"/family/objections?kind=DATA_REQUEST", viewPage, heardPage)) {
				failures.addAll(check(family, path, width));
			}
			Page pro = browser().page(width, 844);
			browser().logIn(pro, contactPerson.username(), TestData.PASSWORD);
			failures.addAll(check(pro, base, width));
			failures.addAll(check(pro, base + "/assessments/" + assessment.value(), width));
			Page lead = browser().page(width, 844);
			browser().logIn(lead, teamLead.username(), TestData.PASSWORD);
			failures.addAll(check(lead, "/team/objections", width));
			Page privacy = browser().page(width, 844);
			browser().logIn(privacy, officer.username(), TestData.PASSWORD);
			failures.addAll(check(privacy, "/privacy/data-requests", width));
		}
		assertThat(failures).isEmpty();
	}

	private void logInFamily(Page page, String username) {
		page.navigate("/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL("**/family");
	}

	private List<String> check(Page page, String path, int width) {
		return AxeCheck.check(page, path, width, "voice-");
	}

}

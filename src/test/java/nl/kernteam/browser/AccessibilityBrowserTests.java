package nl.kernteam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.kernteam.household.FamilySystemManagement;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.LifeDomain;
import nl.kernteam.household.LinkHouseholds;
import nl.kernteam.household.LinkKind;
import nl.kernteam.household.RecordLifeDomains;
import nl.kernteam.household.SharedItem;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.network.HouseholdClosing;
import nl.kernteam.network.LegalBasis;
import nl.kernteam.network.ShareManagement;
import nl.kernteam.network.ShareWithPartner;
import nl.kernteam.safetyteam.ExpertiseRequestInput;
import nl.kernteam.safetyteam.ExpertiseRequestManagement;
import nl.kernteam.safetyteam.ExpertiseRequestUrgency;
import nl.kernteam.safetyteam.RecordReport;
import nl.kernteam.safetyteam.ReportKind;
import nl.kernteam.safetyteam.ReportManagement;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages this round added or changed, at 1280 and 390 px wide: axe-core (WCAG 2.1 A
 * and AA rules) finds no violation, and the page itself never scrolls sideways (a wide
 * drawing or table may scroll inside its own box). Each page is kept as a screenshot.
 */
@BrowserTest
public class AccessibilityBrowserTests extends BrowserTestSupport {

	@Autowired
	FamilySystemManagement familySystem;

	@Autowired
	HouseholdQueries households;

	@Autowired
	ShareManagement shares;

	@Autowired
	ExpertiseRequestManagement expertiseRequests;

	@Autowired
	ReportManagement reports;

	@Autowired
	HouseholdClosing closing;

	@Test
	void theNewPagesPassAxeAndDoNotScrollSideways() {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);
		HouseholdId grandmother = data.household(worker);
		data.informal(worker, household, "Truus de Wit", "oma");
		familySystem.link(worker.actor(), household,
				new LinkHouseholds(null, grandmother.value(), LinkKind.GRANDPARENTS, "Oma vangt de kinderen op"));
		var parent = households.details(worker.actor(), household).members().get(0);
		familySystem.recordLifeDomains(worker.actor(), household,
				new RecordLifeDomains(null, parent.id(), LocalDate.now().minusDays(1),
						List.of(new RecordLifeDomains.Score(LifeDomain.FINANCES, 2, "Schulden", null))));
		UUID partner = data.involve(worker, household, data.professional(OrganisationType.MENTAL_HEALTH), "PARTNER");
		shares.share(worker.actor(), household, new ShareWithPartner(null, partner, SharedItem.ASSESSMENTS,
				LegalBasis.LEGAL_DUTY, List.of(), LocalDate.now().plusMonths(3), "Meldrecht, artikel 7.1.1 Jeugdwet"));
		reports.record(worker.actor(), household,
				new RecordReport(data.organisation(OrganisationType.VEILIG_THUIS).id(), ReportKind.REPORT,
						LocalDate.of(2026, 4, 24), false));
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		UUID request = expertiseRequests.request(worker.actor(), household,
				new ExpertiseRequestInput(raad.summary().organisationId(), "Is een raadsonderzoek nodig?",
						ExpertiseRequestUrgency.URGENT, LocalDate.now().plusWeeks(6)));
		// a closed file, so that the list of closed files one may reopen has a row and
		// its form
		closing.close(worker.actor(), data.household(worker),
				new CloseHousehold("Het gaat weer goed thuis", "We kunnen zelf verder", 8));
		String base = "/households/" + household.value();
		Pro teamLead = data.professional(
				new nl.kernteam.identity.OrganisationSummary(worker.summary().organisationId(), null, null, null, null),
				Role.PROFESSIONAL, Role.TEAM_LEAD);

		var failures = new ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser().page(width, 844);
			browser().logIn(page, worker.username(), TestData.PASSWORD);
			for (String path : List.of(base, base + "/family-system", base + "/life-domains", base + "/plan",
					base + "/helpers", base + "/network", base + "/shares/new?involvementId=" + partner,
					// the forms that moved to the one form pattern, and the note form
					// with its audience
					base + "/timeline", base + "/edit", base + "/network/involvements/new",
					base + "/network/informal/new", base + "/network/contact-person", base + "/network/director",
					"/households/new", "/signals/new", base + "/expertise-requests/new",
					// the reports' clocks on the start page and the meldcode trail
					"/", base + "/meldcode",
					// closing the file, and the closed files one may reopen
					base + "/close", "/households/closed")) {
				failures.addAll(check(page, path, width));
			}
			Page duty = browser().page(width, 844);
			browser().logIn(duty, raad.username(), TestData.PASSWORD);
			for (String path : List.of("/expertise-requests", "/expertise-requests/" + request)) {
				failures.addAll(check(duty, path, width));
			}
			Page privacy = browser().page(width, 844);
			browser().logIn(privacy, officer.username(), TestData.PASSWORD);
			for (String path : List.of("/privacy", "/privacy/verification", "/privacy/emergency-accesses",
					base + "/access-log")) {
				failures.addAll(check(privacy, path, width));
			}
			// the team lead's measures (learning); the case review's pages:
			// LearningBrowserTests
			Page lead = browser().page(width, 844);
			browser().logIn(lead, teamLead.username(), TestData.PASSWORD);
			failures.addAll(check(lead, "/learning/measures", width));
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * axe-core and sideways scrolling on one page, with its screenshot: for the portal's
	 * own sweep too ({@code PortalAccessibilityBrowserTests}).
	 */
	public static List<String> check(Page page, String path, int width) {
		return AxeCheck.check(page, path, width, "a11y-");
	}

}

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
import nl.kernteam.support.EveryPage;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page at 1280 px wide: axe-core (WCAG 2.1 A and AA rules) finds no violation, and
 * the page itself never scrolls sideways (a wide drawing or table may scroll inside its
 * own box). Each page is kept as a screenshot. The same pages on a phone:
 * {@link PhoneWidthBrowserTests}.
 */
@BrowserTest
public class AccessibilityBrowserTests extends EveryPageBrowserTestSupport {

	@Test
	void everyPagePassesAxeAndDoesNotScrollSideways() {
		var failures = new ArrayList<String>();
		for (EveryPage.Visit visit : everyPage()) {
			Page page = browser().page(1280, 900);
			logIn(page, visit.username());
			for (String path : visit.paths()) {
				failures.addAll(check(page, path, 1280));
			}
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

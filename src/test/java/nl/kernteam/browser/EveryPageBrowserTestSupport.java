package nl.kernteam.browser;

import java.util.List;

import com.microsoft.playwright.Page;

import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.EveryPage;
import nl.kernteam.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page a professional meets, with the data that fills it ({@link EveryPage}),
 * visited in a real Chromium: at 1280 px by {@link AccessibilityBrowserTests} and at 390
 * px by {@link PhoneWidthBrowserTests}.
 */
public abstract class EveryPageBrowserTestSupport extends BrowserTestSupport {

	@Autowired
	EveryPage pages;

	/** Creates the data and answers every page, per account that may see it. */
	protected List<EveryPage.Visit> everyPage() {
		return pages.visits();
	}

	/**
	 * Logs in and waits until the login page is left: an administrator lands elsewhere
	 * than a professional.
	 */
	protected void logIn(Page page, String username) {
		page.navigate("/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(TestData.PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Inloggen"))
			.click();
		page.waitForURL(url -> !url.contains("/login"));
	}

}

package nl.kernteam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import com.microsoft.playwright.Page;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.EveryPage;
import org.junit.jupiter.api.Test;

/**
 * Every page on a phone, 390 × 844: none scrolls sideways (document wider than its
 * window), and axe-core finds no violation there either. Long e-mail addresses, names and
 * organisations wrap; the network picture gives way to its list. Each page is kept as a
 * screenshot ({@code target/screenshots/a11y-*-390.png}).
 */
@BrowserTest
class PhoneWidthBrowserTests extends EveryPageBrowserTestSupport {

	@Test
	void noPageScrollsSidewaysOnAPhone() {
		var failures = new ArrayList<String>();
		for (EveryPage.Visit visit : everyPage()) {
			Page page = browser().page(390, 844);
			logIn(page, visit.username());
			for (String path : visit.paths()) {
				failures.addAll(AccessibilityBrowserTests.check(page, path, 390));
			}
		}
		assertThat(failures).isEmpty();
	}

}

package nl.kernteam.support;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium per browser test class, started on first use and closed after the class.
 */
public abstract class BrowserTestSupport {

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestData data;

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected Browser browser() {
		if (browser == null) {
			browser = new Browser(port);
		}
		return browser;
	}

}

package nl.kernteam.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, offline: no browser download, the flags that
 * work on these machines. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String baseUrl;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Path.of(System.getProperty("kernteam.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-dev-shm-usage")));
	}

	/** A fresh browser window (own cookies) of desktop size. */
	public Page desktop() {
		return page(1280, 900);
	}

	/** A fresh browser window the size of a phone. */
	public Page phone() {
		return page(390, 844);
	}

	public Page page(int width, int height) {
		BrowserContext context = chromium
			.newContext(new NewContextOptions().setViewportSize(width, height).setBaseURL(baseUrl).setLocale("nl-NL"));
		return context.newPage();
	}

	public void logIn(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Inloggen"))
			.click();
		page.waitForURL(baseUrl + "/");
	}

	/** Logs a family member in; they land on their own pages. */
	public void logInAsFamily(Page page, String username, String password) {
		page.navigate("/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Inloggen"))
			.click();
		page.waitForURL(baseUrl + "/family");
	}

	/** Whether the page scrolls sideways (wider than its window). */
	public static boolean scrollsSideways(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
	}

	public static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}

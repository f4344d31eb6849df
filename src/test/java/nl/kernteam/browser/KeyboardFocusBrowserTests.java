package nl.kernteam.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.EveryPage;
import org.junit.jupiter.api.Test;

/**
 * Every page works with the keyboard alone (WCAG 2.4.7, 2.4.3): on each page of
 * {@link EveryPage}, Tab from the top reaches every control in turn, and each one that
 * takes the focus is on the page (not hidden, not of no size) and shows that it has it
 * (an outline or a ring, on itself or, for a choice drawn as its label, on the label).
 */
@BrowserTest
public class KeyboardFocusBrowserTests extends EveryPageBrowserTestSupport {

	/** At most this many stops per page; the longest pages have fewer. */
	private static final int STOPS = 80;

	private static final String FOCUSED = """
			() => {
			  const e = document.activeElement;
			  if (!e || e === document.body) return null;
			  const shows = el => {
			    const s = getComputedStyle(el);
			    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
			  };
			  const label = e.labels && e.labels.length ? e.labels[0] : null;
			  const sized = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
			  const hidden = el => getComputedStyle(el).visibility === 'hidden';
			  return {
			    what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' +
			          (e.innerText || e.value || e.name || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '"',
			    onPage: (sized(e) && !hidden(e)) || (label !== null && sized(label) && !hidden(label)),
			    shows: shows(e) || (label !== null && shows(label))
			  };
			}""";

	@Test
	void tabReachesEveryControlAndEachShowsItsFocus() {
		var failures = new ArrayList<String>();
		for (EveryPage.Visit visit : everyPage()) {
			Page page = browser().page(1280, 900);
			logIn(page, visit.username());
			for (String path : visit.paths()) {
				failures.addAll(check(page, path));
				if (path.endsWith("/life-domains") && page.locator("input#date").count() > 0) {
					screenshotFocused(page, page.locator("input#date").first(), "keyboard-focus-date");
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/** A control with the focus and what is around it, to look at. */
	private static void screenshotFocused(Page page, com.microsoft.playwright.Locator control, String name) {
		control.focus();
		var box = control.boundingBox();
		page.screenshot(
				new Page.ScreenshotOptions().setPath(nl.kernteam.support.Browser.SCREENSHOTS.resolve(name + ".png"))
					.setClip(Math.max(0, box.x - 60), Math.max(0, box.y - 60), box.width + 120, box.height + 120));
	}

	/**
	 * Opens the page and tabs through it from the top; answers the controls that take the
	 * focus off the page or without showing it. For the family's pages too
	 * ({@code PortalAccessibilityBrowserTests}).
	 */
	public static List<String> check(Page page, String path) {
		var failures = new ArrayList<String>();
		page.navigate(path);
		String first = null;
		for (int stop = 0; stop < STOPS; stop++) {
			page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			var focused = (Map<String, Object>) page.evaluate(FOCUSED);
			String what = focused == null ? null : (String) focused.get("what");
			if (what == null || what.equals(first)) {
				break;
			}
			first = first == null ? what : first;
			if (!Boolean.TRUE.equals(focused.get("onPage"))) {
				failures.add(path + ": " + what + " takes the focus but is not on the page");
			}
			if (!Boolean.TRUE.equals(focused.get("shows"))) {
				failures.add(path + ": " + what + " does not show its focus");
			}
		}
		return failures;
	}

}

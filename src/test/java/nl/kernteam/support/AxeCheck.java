package nl.kernteam.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * One page checked the way every accessibility browser test checks it: a screenshot, no
 * sideways scroll, and axe-core (WCAG 2.1 A and AA rules) without violations.
 */
public final class AxeCheck {

	private static final String AXE = axeScript();

	private AxeCheck() {
	}

	/**
	 * Opens the path and answers its problems, each as one line naming path and width;
	 * the screenshot is named after the path, ids left out, with the prefix in front.
	 */
	public static List<String> check(Page page, String path, int width, String prefix) {
		page.navigate(path);
		String name = prefix + path.replaceAll("/households/[0-9a-f]{8}-[0-9a-f-]{27}", "/household")
			.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "") + "-" + width;
		return checkHere(page, path, width, name.equals(prefix + "-" + width) ? prefix + "start-" + width : name);
	}

	/**
	 * As {@link #check}, for the page the browser shows now (the answer to a form, which
	 * no address opens), kept as the named screenshot.
	 */
	public static List<String> checkHere(Page page, String path, int width, String screenshot) {
		Browser.screenshot(page, screenshot);
		var problems = new ArrayList<String>();
		int overflow = ((Number) page
			.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
		if (overflow > 0) {
			problems.add(path + " @" + width + ": the page scrolls sideways by " + overflow + " px");
		}
		// the menu wraps on a phone instead of hiding its last items past the window's
		// edge
		// in a bar that scrolls (axe does not see that)
		@SuppressWarnings("unchecked")
		var outside = (List<String>) page.evaluate(
				"""
						() => [...document.querySelectorAll('.site-nav a')]
						  .filter(a => { const r = a.getBoundingClientRect(); return r.left < -0.5 || r.right > window.innerWidth + 0.5; })
						  .map(a => a.textContent.trim())""");
		if (!outside.isEmpty()) {
			problems.add(path + " @" + width + ": menu items past the window's edge: " + outside);
		}
		// through the DevTools protocol: the page's strict CSP would refuse a script tag
		page.evaluate(AXE + "\n;undefined");
		@SuppressWarnings("unchecked")
		var violations = (List<Map<String, Object>>) page.evaluate(
				"""
						async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
						  .violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ') }))
						""");
		violations.forEach(v -> problems.add(path + " @" + width + ": " + v.get("id") + " at " + v.get("nodes")));
		return problems;
	}

	private static String axeScript() {
		try (InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

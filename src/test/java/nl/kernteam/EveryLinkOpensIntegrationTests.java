package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import nl.kernteam.support.EveryPage;
import nl.kernteam.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page offers only what its reader may do. Every page of {@link EveryPage}, opened by
 * each account that sees it:
 * <ul>
 * <li>every link on it (and every form that asks with GET), followed by the same account,
 * opens: it is not refused (403), missing (404), wrong (400) or broken (500);</li>
 * <li>every form on it that can be sent, sent empty by the same account, is not refused
 * (403), missing (404) or broken (500): an empty form is answered with its errors, or
 * does what it offers.</li>
 * </ul>
 * A link or form the access decision refuses is a promise the page should not make: the
 * household page offered experts a case review, the closed files their last contact
 * person, and the legal track its steps to the core team, which the decision refuses them
 * all.
 */
@IntegrationTest
class EveryLinkOpensIntegrationTests {

	/** What a page links to that is not Kernteam's to open here. */
	private static final List<String> NOT_FOLLOWED = List.of("/css/", "/js/", "/img/", "/fonts/", "/favicon",
			"/webjars/", "/actuator/", "/logout");

	private static final List<String> JUNK = List.of("x".repeat(5000), "not-a-number-or-date", "-1", "9999-99-99",
			"\u0000null", "<script>alert(1)</script>'\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	EveryPage everyPage;

	@AfterEach
	void endWebhooks() {
		everyPage.endWebhooks();
	}

	@Test
	void everyLinkOnEveryPageOpensForWhoeverSeesIt() throws Exception {
		var failures = new TreeMap<String, String>();
		int followed = everyAccount(this::follow, failures);
		assertThat(failures).as("links that do not open for whoever the page shows them to").isEmpty();
		// the crawl followed something: the pages link to each other
		assertThat(followed).isGreaterThan(100);
	}

	@Test
	void everyFormOnEveryPageIsOneItsReaderMaySend() throws Exception {
		var failures = new TreeMap<String, String>();
		int sent = everyAccount(this::send, failures);
		assertThat(failures).as("forms that are refused to whoever the page shows them to").isEmpty();
		assertThat(sent).isGreaterThan(30);
	}

	/** What is done with the pages of one account. */
	private interface Crawl {

		/** Answers how many links or forms it tried. */
		int visit(String who, List<String> paths, RequestPostProcessor as, TreeMap<String, String> failures)
				throws Exception;

	}

	private int everyAccount(Crawl crawl, TreeMap<String, String> failures) throws Exception {
		var pages = everyPage.create();
		var visits = new ArrayList<EveryPage.Visit>(pages.visits());
		visits.addAll(pages.more());
		int tried = 0;
		for (var visit : visits) {
			tried += crawl.visit(visit.username(), visit.paths(), visit.who().session(), failures);
		}
		return tried + crawl.visit("family member", pages.family(), pages.member().session(), failures);
	}

	/** Follows every link of these pages once as this account. */
	private int follow(String who, List<String> paths, RequestPostProcessor as, TreeMap<String, String> failures)
			throws Exception {
		var links = new TreeMap<String, String>();
		for (String path : paths) {
			var page = html(path, as);
			if (page == null) {
				continue;
			}
			page.select("a[href]").forEach(a -> local(a.attr("href"), path, links));
			page.select("form[action]:not([method=post])").forEach(form -> local(form.attr("action"), path, links));
		}
		for (var link : links.entrySet()) {
			int status = mvc.perform(get(link.getKey()).with(as)).andReturn().getResponse().getStatus();
			// a redirect is a page that sends one on (to a list, to the login)
			if (status != 200 && status != 302) {
				failures.put(who + " " + link.getKey(), status + " (linked from " + link.getValue() + ")");
			}
		}
		return links.size();
	}

	/** Sends every form of these pages that has a button once, empty, as this account. */
	private int send(String who, List<String> paths, RequestPostProcessor as, TreeMap<String, String> failures)
			throws Exception {
		var actions = new TreeMap<String, String>();
		var forms = new java.util.LinkedHashMap<org.jsoup.nodes.Element, String>();
		for (String path : paths) {
			var page = html(path, as);
			if (page == null) {
				continue;
			}
			// a form whose fields and button are disabled shows what was answered
			page.select("form[method=post]:has(button:not([disabled]), input[type=submit]:not([disabled]))")
				.forEach(form -> {
					local(form.attr("action"), path, actions);
					if (form.attr("action").startsWith("/") && !form.attr("action").startsWith("/logout")) {
						forms.putIfAbsent(form, path);
					}
				});
		}
		for (var action : actions.entrySet()) {
			int status = mvc.perform(post(action.getKey()).with(as).with(csrf())).andReturn().getResponse().getStatus();
			if (status == 403 || status == 404 || status >= 500) {
				failures.put(who + " POST " + action.getKey(), status + " (form on " + action.getValue() + ")");
			}
		}
		for (var form : forms.entrySet()) {
			for (String junk : JUNK) {
				var request = post(form.getKey().attr("action")).with(as).with(csrf());
				for (var field : form.getKey().select("input[name], select[name], textarea[name]")) {
					if (!field.attr("name").equals("_csrf")) {
						request.param(field.attr("name"), junk);
					}
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				if (status >= 500) {
					failures.put(who + " POST " + form.getKey().attr("action") + " junk " + JUNK.indexOf(junk),
							status + " (form on " + form.getValue() + ")");
				}
			}
		}
		return actions.size();
	}

	/** The page as this account sees it, or {@code null} when it is not an HTML page. */
	private Document html(String path, RequestPostProcessor as) throws Exception {
		var response = mvc.perform(get(path).with(as)).andReturn().getResponse();
		if (response.getStatus() != 200 || response.getContentType() == null
				|| !response.getContentType().startsWith("text/html")) {
			return null;
		}
		return Jsoup.parse(response.getContentAsString());
	}

	/** Keeps the link's path and query within Kernteam, with the page it is on. */
	private static void local(String href, String on, TreeMap<String, String> links) {
		if (!href.startsWith("/") || href.startsWith("//")) {
			return;
		}
		String link = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
		if (!link.isEmpty() && NOT_FOLLOWED.stream().noneMatch(link::startsWith)) {
			links.putIfAbsent(link, on);
		}
	}

}

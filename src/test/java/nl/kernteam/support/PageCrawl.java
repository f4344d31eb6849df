package nl.kernteam.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Follows what pages offer, as the account that sees them: every link (and every form
 * that asks with GET) must open, and every form that can be sent, sent empty or as shown,
 * must not be refused (403), missing (404) or broken (500); sent again with values no
 * field would send, it must not break. A link or form the access decision refuses its
 * reader is a promise the page should not make. Each page, in Dutch and in English, shows
 * no text the bundles lack and no placeholder left unfilled. Failures are collected by
 * account and address.
 */
public final class PageCrawl {

	/** What a page links to that is not Kernteam's to open here. */
	private static final List<String> NOT_FOLLOWED = List.of("/css/", "/js/", "/img/", "/fonts/", "/favicon",
			"/webjars/", "/actuator/", "/logout");

	/** Values no field of a page sends: too long, no date, no number, a NUL, markup. */
	private static final List<String> JUNK = List.of("x".repeat(5000), "not-a-number-or-date", "-1", "9999-99-99",
			"\u0000null", "<script>alert(1)</script>'\"");

	private static final java.util.regex.Pattern UNFILLED = java.util.regex.Pattern
		.compile("\\?\\?[\\w.\\-]+\\?\\?|\\{\\d}|\\$\\{|#\\{");

	private final MockMvc mvc;

	/** What went wrong, by account and address. */
	public final TreeMap<String, String> failures = new TreeMap<>();

	public PageCrawl(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Follows every link of these pages once as this account; answers how many. */
	public int follow(String who, List<String> paths, RequestPostProcessor as) throws Exception {
		var links = new TreeMap<String, String>();
		for (String path : paths) {
			var page = html(path, as);
			if (page == null) {
				continue;
			}
			unfilled(who, path, page);
			var english = html(path + (path.contains("?") ? "&" : "?") + "lang=en", as);
			if (english != null) {
				unfilled(who, path + " in English", english);
				if (!"en".equals(english.select("html").attr("lang"))) {
					failures.put(who + " " + path + " in English", "not in English");
				}
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

	/**
	 * Sends every form of these pages that has a button once empty, then with each of the
	 * values no field would send, as this account; answers how many forms.
	 */
	public int send(String who, List<String> paths, RequestPostProcessor as) throws Exception {
		var forms = new LinkedHashMap<String, Element>();
		var on = new TreeMap<String, String>();
		for (String path : paths) {
			var page = html(path, as);
			if (page == null) {
				continue;
			}
			// a form whose fields and button are disabled shows what was answered
			for (var form : page
				.select("form[method=post]:has(button:not([disabled]), input[type=submit]:not([disabled]))")) {
				local(form.attr("action"), path, on);
				forms.putIfAbsent(form.attr("action"), form);
			}
		}
		for (var action : on.entrySet()) {
			String where = " (form on " + action.getValue() + ")";
			int status = mvc.perform(post(action.getKey()).with(as).with(csrf())).andReturn().getResponse().getStatus();
			if (status == 403 || status == 404 || status >= 500) {
				failures.put(who + " POST " + action.getKey(), status + where);
			}
			// as a browser sends it when its button is pressed without changing anything
			var shown = post(action.getKey()).with(as).with(csrf());
			var form = forms.get(action.getKey());
			if (form instanceof org.jsoup.nodes.FormElement element) {
				element.formData()
					.stream()
					.filter(value -> !value.key().equals("_csrf"))
					.forEach(value -> shown.param(value.key(), value.value()));
			}
			status = mvc.perform(shown).andReturn().getResponse().getStatus();
			if (status == 403 || status == 404 || status >= 500) {
				failures.put(who + " POST " + action.getKey() + " as shown", status + where);
			}
			for (int i = 0; i < JUNK.size(); i++) {
				var request = post(action.getKey()).with(as).with(csrf());
				for (var field : forms.get(action.getKey()).select("input[name], select[name], textarea[name]")) {
					if (!field.attr("name").equals("_csrf")) {
						request.param(field.attr("name"), JUNK.get(i));
					}
				}
				status = mvc.perform(request).andReturn().getResponse().getStatus();
				if (status >= 500) {
					failures.put(who + " POST " + action.getKey() + " with junk " + i, status + where);
				}
			}
		}
		return on.size();
	}

	/** A text the bundles lack ({@code ??key_nl??}), or a placeholder left unfilled. */
	private void unfilled(String who, String path, Document page) {
		var unfilled = UNFILLED.matcher(page.body().text());
		if (unfilled.find()) {
			failures.put(who + " " + path + " text", "shows " + unfilled.group());
		}
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

package nl.kernteam.household;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Keeps a BSN out of every URL a search leads to, so that it never lands in the browser's
 * history, a bookmark, a proxy's or the server's access log. The form posts the search;
 * the list's URL then carries a random token, and the session (30 minutes, this user
 * only) keeps what the token stands for. Only the last few searches are kept.
 */
final class SearchTokens {

	private static final String ATTRIBUTE = SearchTokens.class.getName();

	private static final int KEEP = 20;

	private static final SecureRandom random = new SecureRandom();

	private SearchTokens() {
	}

	/** A search with a digit in it may be (part of) a BSN: it travels as a token. */
	static boolean mustHide(String query) {
		return query != null && query.chars().anyMatch(Character::isDigit);
	}

	/**
	 * The URL of {@code path} searching for {@code query}: {@code ?search=TOKEN} when the
	 * query must stay hidden (or {@code alwaysHide}), else {@code ?param=QUERY}.
	 */
	static String url(HttpSession session, String path, String param, String query, boolean alwaysHide) {
		var url = UriComponentsBuilder.fromPath(path);
		if (query == null || query.isBlank()) {
			return alwaysHide ? path : url.queryParam(param, "").build().toUriString();
		}
		if (alwaysHide || mustHide(query)) {
			return url.queryParam("search", put(session, query.trim())).build().toUriString();
		}
		return url.queryParam(param, query.trim()).encode().build().toUriString();
	}

	/**
	 * What the token stands for; empty when it is unknown or forgotten (another session,
	 * an old link).
	 */
	static Optional<String> get(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			return Optional.ofNullable(searches(session).get(token));
		}
	}

	private static String put(HttpSession session, String query) {
		byte[] bytes = new byte[12];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		synchronized (WebUtils.getSessionMutex(session)) {
			var searches = searches(session);
			searches.put(token, query);
			while (searches.size() > KEEP) {
				searches.remove(searches.keySet().iterator().next());
			}
			session.setAttribute(ATTRIBUTE, searches);
		}
		return token;
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, String> searches(HttpSession session) {
		Object stored = session.getAttribute(ATTRIBUTE);
		return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, String>) map : new LinkedHashMap<>();
	}

}

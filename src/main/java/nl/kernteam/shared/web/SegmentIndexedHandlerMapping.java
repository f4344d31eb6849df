package nl.kernteam.shared.web;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's handler lookup, with a cheap first test (issue 19). For a path with a variable
 * ({@code /households/{id}}) Spring matches the request against every request mapping in
 * turn (methods, parameters, headers, media types, then the pattern): with Kernteam's few
 * hundred mappings that was 4.7 % of the household page's CPU time and 8.9 % of the
 * assessment page's. This mapping remembers each mapping's literal first path segments
 * ({@code households} for {@code /households/{id}/plan}) and answers "no match" at once
 * for a mapping whose first segment differs from the request's; a pattern that starts
 * with a variable or a wildcard is always matched in full. A mapping it passes over is
 * one whose pattern cannot match, so the handler chosen, the 404 and the 405 (which
 * Spring works out from all mappings, not through this test) stay exactly Spring's
 * ({@code SegmentIndexedHandlerMappingIntegrationTests}).
 */
class SegmentIndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** The request's first path segment while {@link #lookupHandlerMethod} runs. */
	private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

	/**
	 * The literal first segments of each mapping's patterns; absent for a mapping with a
	 * pattern that may start with anything.
	 */
	private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		index(mapping);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		index(mapping);
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.firstSegments.remove(mapping);
	}

	private void index(RequestMappingInfo mapping) {
		Set<String> segments = literalFirstSegments(mapping);
		if (segments != null) {
			this.firstSegments.put(mapping, segments);
		}
	}

	/**
	 * The first segment of every pattern of the mapping when each is a plain word, or
	 * {@code null} when one may start with anything (a variable, a wildcard, the root).
	 */
	static Set<String> literalFirstSegments(RequestMappingInfo mapping) {
		var condition = mapping.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return null;
		}
		Set<String> segments = new HashSet<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String segment = literalFirstSegment(pattern.getPatternString());
			if (segment == null) {
				return null;
			}
			segments.add(segment);
		}
		return Set.copyOf(segments);
	}

	static String literalFirstSegment(String pattern) {
		if (!pattern.startsWith("/")) {
			return null;
		}
		int end = pattern.indexOf('/', 1);
		String segment = (end < 0) ? pattern.substring(1) : pattern.substring(1, end);
		if (segment.isEmpty()) {
			return null;
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!plain) {
				return null;
			}
		}
		return segment;
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		String segment = (getPatternParser() != null && getPatternParser().isCaseSensitive()
				&& ServletRequestPathUtils.hasParsedRequestPath(request)) ? firstSegment(request) : null;
		FIRST_SEGMENT.set(segment);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			FIRST_SEGMENT.remove();
		}
	}

	/** The decoded first segment without its ;parameters, as a pattern sees it. */
	private static String firstSegment(HttpServletRequest request) {
		var elements = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
		if (elements.size() > 1 && elements.get(0) instanceof PathContainer.Separator
				&& elements.get(1) instanceof PathContainer.PathSegment segment) {
			return segment.valueToMatch();
		}
		return "";
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String segment = FIRST_SEGMENT.get();
		if (segment != null) {
			Set<String> literal = this.firstSegments.get(info);
			if (literal != null && !literal.contains(segment)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

}

package nl.kernteam.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * assessment page's. This mapping remembers the shape of each mapping's patterns: how
 * many segments, and which of them are literal words ({@code /households/{id}/plan} is
 * three segments, {@code households} first and {@code plan} third). It answers "no match"
 * at once for a mapping none of whose shapes fits the request's segments, so a request
 * for {@code /households/{id}} passes over the hundred other {@code /households/...}
 * mappings too, not only those of other first segments. A pattern with a wildcard over
 * several segments ({@code **}, <code>{*rest}</code>), a regular expression, or a segment
 * that is not a plain word or a plain variable is always matched in full, and so is a
 * request path with an empty segment or a trailing slash. A mapping it passes over is one
 * whose pattern cannot match, so the handler chosen, the 404 and the 405 (which Spring
 * works out from all mappings, not through this test) stay exactly Spring's
 * ({@code SegmentIndexedHandlerMappingIntegrationTests}).
 */
class SegmentIndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** The request's path segments while {@link #lookupHandlerMethod} runs. */
	private static final ThreadLocal<String[]> SEGMENTS = new ThreadLocal<>();

	/**
	 * The shapes of each mapping's patterns, by identity (registered at start-up, read on
	 * every request; copied on a change); absent for a mapping with a pattern that may
	 * match any number of segments.
	 */
	private volatile Map<RequestMappingInfo, String[][]> shapes = new IdentityHashMap<>();

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
		synchronized (this) {
			Map<RequestMappingInfo, String[][]> copy = new IdentityHashMap<>(this.shapes);
			copy.remove(mapping);
			this.shapes = copy;
		}
	}

	private void index(RequestMappingInfo mapping) {
		String[][] shape = shapes(mapping);
		if (shape != null) {
			synchronized (this) {
				Map<RequestMappingInfo, String[][]> copy = new IdentityHashMap<>(this.shapes);
				copy.put(mapping, shape);
				this.shapes = copy;
			}
		}
	}

	/**
	 * One shape per pattern of the mapping, or {@code null} when one of them may match
	 * any number of segments or is not plain enough to be sure.
	 */
	static String[][] shapes(RequestMappingInfo mapping) {
		var condition = mapping.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return null;
		}
		List<String[]> shapes = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String[] shape = shape(pattern.getPatternString());
			if (shape == null) {
				return null;
			}
			shapes.add(shape);
		}
		return shapes.toArray(String[][]::new);
	}

	/**
	 * The pattern's segments, each the literal word or {@link #ANY} for a plain variable
	 * ({@code {id}}); {@code null} for the root, a trailing slash, an empty segment, a
	 * wildcard, <code>{*rest}</code>, a regular expression or anything else.
	 */
	static String[] shape(String pattern) {
		if (!pattern.startsWith("/") || pattern.length() < 2 || pattern.endsWith("/")) {
			return null;
		}
		String[] segments = pattern.substring(1).split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			if (segment.isEmpty()) {
				return null;
			}
			if (isPlainVariable(segment)) {
				segments[i] = ANY;
			}
			else if (!isPlainWord(segment)) {
				return null;
			}
		}
		return segments;
	}

	/** A shape's segment that matches any one segment. */
	static final String ANY = new String("{any}");

	private static boolean isPlainVariable(String segment) {
		return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}'
				&& isPlainWord(segment.substring(1, segment.length() - 1));
	}

	private static boolean isPlainWord(String segment) {
		if (segment.isEmpty()) {
			return false;
		}
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		String[] segments = (getPatternParser() != null && getPatternParser().isCaseSensitive()
				&& ServletRequestPathUtils.hasParsedRequestPath(request)) ? segments(request) : null;
		SEGMENTS.set(segments);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			SEGMENTS.remove();
		}
	}

	/**
	 * The decoded segments without their ;parameters, as a pattern sees them;
	 * {@code null} for a path with an empty segment or a trailing slash, which is matched
	 * in full.
	 */
	private static String[] segments(HttpServletRequest request) {
		var elements = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
		int size = elements.size();
		if (size < 2 || size % 2 != 0) {
			return null;
		}
		String[] segments = new String[size / 2];
		for (int i = 0; i < size; i += 2) {
			if (!(elements.get(i) instanceof PathContainer.Separator)
					|| !(elements.get(i + 1) instanceof PathContainer.PathSegment segment)
					|| segment.valueToMatch().isEmpty()) {
				return null;
			}
			segments[i / 2] = segment.valueToMatch();
		}
		return segments;
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String[] segments = SEGMENTS.get();
		if (segments != null) {
			String[][] shapes = this.shapes.get(info);
			if (shapes != null && !fits(shapes, segments)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	static boolean fits(String[][] shapes, String[] segments) {
		for (String[] shape : shapes) {
			if (shape.length == segments.length && fits(shape, segments)) {
				return true;
			}
		}
		return false;
	}

	private static boolean fits(String[] shape, String[] segments) {
		for (int i = 0; i < shape.length; i++) {
			if (shape[i] != ANY && !shape[i].equals(segments[i])) {
				return false;
			}
		}
		return true;
	}

}

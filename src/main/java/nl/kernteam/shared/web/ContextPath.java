package nl.kernteam.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The application's context path for links made in Java (issue 19: a page's view records
 * carry their links ready, so that the template need not build each with {@code @{...}}).
 * Spring Security's {@code DisableEncodeUrlFilter} keeps session ids out of links, so a
 * context path and the path are all that {@code @{...}} would have made.
 */
public final class ContextPath {

	private ContextPath() {
	}

	/** The current request's context path; empty outside a request. */
	public static String current() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
	}

}

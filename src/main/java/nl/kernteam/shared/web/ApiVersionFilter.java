package nl.kernteam.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer of the API carries the full version of the API it speaks, in the header
 * {@code API-Version} (NL API Design Rules, API-57), also a refusal or an error: the
 * header is set before anything else may answer.
 */
class ApiVersionFilter extends OncePerRequestFilter {

	/**
	 * The version of API v1: the major version is in the path, minor and patch only here
	 * and in the OpenAPI description. 1.1.0 added the handles of 2026-12-01.
	 */
	static final String VERSION = "1.1.0";

	static final String HEADER = "API-Version";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, VERSION);
		chain.doFilter(request, response);
	}

}

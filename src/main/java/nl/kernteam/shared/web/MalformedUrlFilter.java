package nl.kernteam.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a URL whose percent-encoding or UTF-8 is damaged before anything parses it.
 * Tomcat refuses most of them itself (see {@link QuietErrorReportValve}), but lets
 * through what Spring then fails on with an exception (a damaged path parameter such as
 * {@code /login;%ZZ=1}: a 500 and a stack trace) or silently drops (a damaged query
 * parameter). One check in front of everything, so that no later layer has to cope.
 */
class MalformedUrlFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	MalformedUrlFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		String query = request.getQueryString();
		if (MalformedRequests.wellEncoded(uri) && (query == null || MalformedRequests.wellEncoded(query))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MalformedRequests.contentType(uri));
		MalformedRequests.write(response.getWriter(), uri, HttpServletResponse.SC_BAD_REQUEST, messages,
				WebConfiguration.DUTCH);
	}

}

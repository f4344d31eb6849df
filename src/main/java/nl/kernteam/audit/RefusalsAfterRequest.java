package nl.kernteam.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request's refusals are written when it has ended
 * ({@link AccessLog#deferRefusals}): a refusal inside a page's one transaction (issue 19)
 * then never takes a second connection while the page holds its first. Outside any
 * transaction, as a filter is.
 */
@Component
class RefusalsAfterRequest extends OncePerRequestFilter {

	private final AccessLog accessLog;

	RefusalsAfterRequest(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (var deferral = this.accessLog.deferRefusals()) {
			chain.doFilter(request, response);
		}
	}

}

package nl.kernteam.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a login attempt from an address that {@link LoginThrottle} holds back, before any
 * password is checked: the API answers 429 (problem+json, with Retry-After), the login
 * form shows the same message as for a wrong password. Not a bean, so that it runs only
 * inside the security filter chains that add it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final boolean api;

	LoginThrottleFilter(LoginThrottle throttle, boolean api) {
		this.throttle = throttle;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!loginAttempt(request)) {
			chain.doFilter(request, response);
			return;
		}
		var wait = throttle.waitFor(request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			if (activation(request) && request.getAttribute(FamilyAccounts.ACTIVATION_FAILED) != null) {
				throttle.failed(request.getRemoteAddr());
			}
			return;
		}
		if (api) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
			SecurityConfiguration.problem(response, 429, "Too Many Requests",
					"Too many failed logins from your address. Try again later.", false);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
	}

	/**
	 * Activating a family account is a login with a one-time code: a wrong code (the page
	 * and the API mark the request with {@link FamilyAccounts#ACTIVATION_FAILED}) counts
	 * as a failed login of the address; a form that is merely incomplete does not.
	 */
	private boolean activation(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod())
				&& (api ? "/api/v1/family/activate".equals(path) : "/family/activate".equals(path));
	}

	private boolean loginAttempt(HttpServletRequest request) {
		if (activation(request)) {
			return true;
		}
		if (api) {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		}
		return "POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

}

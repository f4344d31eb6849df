package nl.kernteam.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on the API: the token names an account, which is loaded
 * and checked as at login (locked, inactive, a demo account outside demo mode: refused),
 * so that a token never outlives its account's rights. An unknown or expired token is a
 * 401 at once, never a fall-through to another way of logging in.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final AccountDetailsService accounts;

	private final UserDetailsChecker checks;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(AccountDetailsService accounts, UserDetailsChecker checks) {
		this.accounts = accounts;
		this.checks = checks;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserDetails> account = ApiTokens.hashOf(header.substring(SCHEME.length()).trim())
			.flatMap(accounts::loadByToken)
			.filter(this::usable);
		if (account.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Kernteam\", error=\"invalid_token\"");
			SecurityConfiguration.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"The token is unknown or has expired; ask for a new one at /api/v1/tokens.", false);
			return;
		}
		var context = contexts.createEmptyContext();
		context.setAuthentication(new BearerTokenAuthentication(account.get()));
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			contexts.clearContext();
		}
	}

	private boolean usable(UserDetails account) {
		try {
			checks.check(account);
			return true;
		}
		catch (AuthenticationException refused) {
			return false;
		}
	}

}

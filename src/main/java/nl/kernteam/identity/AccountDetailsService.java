package nl.kernteam.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account by its normalised username. Not a bean: only the authentication
 * provider of {@link SecurityConfiguration} uses it, so that Spring Security builds no
 * second provider from it.
 */
class AccountDetailsService implements UserDetailsService {

	private final ProfessionalRepository professionals;

	AccountDetailsService(ProfessionalRepository professionals) {
		this.professionals = professionals;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return professionals.credentials(username)
			.map(credentials -> new KernteamUser(credentials.professional(), credentials.passwordHash(),
					credentials.demo()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}

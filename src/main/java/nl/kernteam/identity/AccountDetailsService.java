package nl.kernteam.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads an account by its normalised username: a professional's, or else a family
 * member's (usernames are unique across both). Not a bean: only the authentication
 * provider of {@link SecurityConfiguration} uses it, so that Spring Security builds no
 * second provider from it.
 */
class AccountDetailsService implements UserDetailsService {

	private final ProfessionalRepository professionals;

	private final FamilyAccountRepository families;

	private final Clock clock;

	AccountDetailsService(ProfessionalRepository professionals, FamilyAccountRepository families, Clock clock) {
		this.professionals = professionals;
		this.families = families;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return professionals.credentials(username)
			.<UserDetails>map(credentials -> new KernteamUser(credentials.professional(), credentials.passwordHash(),
					credentials.demo()))
			.or(() -> families.credentials(username).map(this::familyUser))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	private UserDetails familyUser(FamilyAccountRepository.Credentials credentials) {
		var account = credentials.account();
		boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
		return new FamilyUser(account, credentials.passwordHash(), locked, credentials.demo());
	}

}

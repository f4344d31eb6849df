package nl.kernteam.identity;

import java.time.Clock;
import java.util.Optional;

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

	private final ApiTokenRepository tokens;

	private final Clock clock;

	AccountDetailsService(ProfessionalRepository professionals, FamilyAccountRepository families,
			ApiTokenRepository tokens, Clock clock) {
		this.professionals = professionals;
		this.families = families;
		this.tokens = tokens;
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

	/**
	 * The account an unexpired API token names: a professional's in one statement with
	 * the token, else a family member's.
	 */
	Optional<UserDetails> loadByToken(byte[] tokenHash) {
		var now = clock.instant();
		return professionals.credentialsByToken(tokenHash, now)
			.<UserDetails>map(credentials -> new KernteamUser(credentials.professional(), credentials.passwordHash(),
					credentials.demo()))
			.or(() -> tokens.usernameOf(tokenHash, now).flatMap(families::credentials).map(this::familyUser));
	}

	private UserDetails familyUser(FamilyAccountRepository.Credentials credentials) {
		var account = credentials.account();
		boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
		return new FamilyUser(account, credentials.passwordHash(), locked, credentials.demo());
	}

}

package nl.kernteam.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final ProfessionalRepository professionals;

	AccountDetailsService(ProfessionalRepository professionals) {
		this.professionals = professionals;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return professionals.credentials(Usernames.normalise(username))
			.map(credentials -> new KernteamUser(credentials.professional(), credentials.passwordHash(),
					credentials.demo()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}
}

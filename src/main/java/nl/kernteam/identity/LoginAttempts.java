package nl.kernteam.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords (form login and HTTP Basic
 * alike), so that passwords cannot be guessed by trying; a correct login resets the
 * count.
 */
@Component
class LoginAttempts {

	private final ProfessionalRepository professionals;

	private final FamilyAccountRepository families;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockDuration;

	LoginAttempts(ProfessionalRepository professionals, FamilyAccountRepository families, Clock clock,
			LoginSettings settings) {
		this.professionals = professionals;
		this.families = families;
		this.clock = clock;
		this.maxAttempts = settings.maxAttempts();
		this.lockDuration = settings.lockDuration();
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		String username = event.getAuthentication().getName();
		professionals.recordFailedLogin(username, maxAttempts, now, now.plus(lockDuration));
		families.recordFailedLogin(username, maxAttempts, now, now.plus(lockDuration));
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		// every HTTP Basic call logs in: reset the count of the one kind of account it is
		if (event.getAuthentication().getPrincipal() instanceof FamilyUser) {
			families.recordSuccessfulLogin(event.getAuthentication().getName());
		}
		else {
			professionals.recordSuccessfulLogin(event.getAuthentication().getName());
		}
	}

}

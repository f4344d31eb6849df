package nl.kernteam.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues and recognises the short-lived tokens of integrations. A token is 32 random
 * bytes (base64url, with a prefix that says what it is, so that a secret scanner can find
 * a leaked one); only its SHA-256 hash is stored, and a token is recognised by one lookup
 * of that hash: no password check, and no state in one node's memory.
 */
@Component
class ApiTokens {

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	static final String PREFIX = "kt1_";

	/** Prefix plus 43 base64url characters; anything longer is not a token of ours. */
	private static final int LENGTH = PREFIX.length() + 43;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository repository;

	private final ApiTokenSettings settings;

	private final Clock clock;

	ApiTokens(ApiTokenRepository repository, ApiTokenSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	record Issued(String accessToken, long expiresIn) {
	}

	Issued issue(String username) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		repository.insert(hash(token), username, now, now.plus(settings.lifetime()));
		return new Issued(token, settings.lifetime().toSeconds());
	}

	/** The stored hash of a token, if it has the shape of one of ours. */
	static Optional<byte[]> hashOf(String token) {
		if (token.length() != LENGTH || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return Optional.of(hash(token));
	}

	/** Ends every token of an account (with its sessions: see {@link OpenSessions}). */
	void endAllOf(String username) {
		repository.deleteAllOf(username);
	}

	@Scheduled(cron = "${kernteam.api-tokens.cleanup-cron:0 23 * * * *}", zone = AmsterdamTime.ZONE_NAME)
	@SchedulerLock(name = "api-tokens-cleanup", lockAtLeastFor = "PT1M")
	void deleteExpired() {
		int deleted = repository.deleteExpired(clock.instant());
		if (deleted > 0) {
			log.info("Deleted {} expired API tokens", deleted);
		}
	}

	static byte[] hash(String token) {
		return Digests.sha256(token);
	}

}

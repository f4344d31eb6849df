package nl.kernteam.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The functional administrator's subscriptions and failed deliveries. A subscription's
 * secret is made here, shown once in the answer to its creation, and kept encrypted.
 */
@Service
@Validated
public class WebhookManagement {

	private final WebhookRepository repository;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final Submissions submissions;

	private final SecureRandom random = new SecureRandom();

	/**
	 * How long the answer to a creation may be given again to the same administrator (a
	 * double submit, a reload of the answer), secret included.
	 */
	private static final Duration ANSWER_AGAIN = Duration.ofMinutes(10);

	WebhookManagement(WebhookRepository repository, PersonalDataCipher cipher, Clock clock, Submissions submissions) {
		this.repository = repository;
		this.cipher = cipher;
		this.clock = clock;
		this.submissions = submissions;
	}

	/** A new subscription and its secret (shown only now). */
	public record Created(UUID id, String secret) {
	}

	@Transactional
	public Created subscribe(Actor by, @Valid CreateWebhook command) {
		return insert(by, UUID.randomUUID(), command);
	}

	/**
	 * As {@link #subscribe(Actor, CreateWebhook)} with an id the form chose: a second
	 * submit of the same form makes no second subscription but answers as the first did,
	 * to the same administrator shortly after; anyone else, or later, gets a conflict.
	 */
	@Transactional
	public Created subscribe(Actor by, UUID submissionId, @Valid CreateWebhook command) {
		submissions.serialise(submissionId);
		var earlier = repository.made(submissionId);
		if (earlier.isEmpty()) {
			return insert(by, submissionId, command);
		}
		var made = earlier.get();
		if (!made.createdBy().equals(by.professionalId())
				|| made.createdAt().plus(ANSWER_AGAIN).isBefore(clock.instant())) {
			throw new ConflictException("webhook.subscription.submitted");
		}
		return new Created(submissionId, cipher.decrypt(made.secretEncrypted()));
	}

	private Created insert(Actor by, UUID id, CreateWebhook command) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		repository.insertSubscription(id, command, cipher.encrypt(secret), by.professionalId(), clock.instant());
		return new Created(id, secret);
	}

	/**
	 * Turns a subscription off or on again; false when it already was (a double submit,
	 * or another administrator was first), which changes nothing.
	 */
	@Transactional
	public boolean setActive(UUID id, boolean active) {
		if (repository.setActive(id, active)) {
			return true;
		}
		if (!repository.subscriptionExists(id)) {
			throw new NotFoundException("webhook " + id);
		}
		return false;
	}

	@Transactional
	public void unsubscribe(UUID id) {
		if (!repository.deactivate(id)) {
			throw new NotFoundException("webhook " + id);
		}
	}

	@Transactional(readOnly = true)
	public List<WebhookSubscription> subscriptions() {
		return repository.subscriptions();
	}

	@Transactional(readOnly = true)
	public List<WebhookDelivery> deliveries(WebhookDeliveryStatus status, int page, int size) {
		return repository.deliveries(status, size, page * size);
	}

	/**
	 * Sends a delivery that failed for good, or waits for its next attempt, at the
	 * sender's next run; a delivered one is not sent again.
	 */
	@Transactional
	public void retry(UUID delivery) {
		if (!repository.retry(delivery, clock.instant())) {
			throw repository.status(delivery).isPresent() ? new ConflictException("webhook.delivery.not-failed")
					: new NotFoundException("webhook delivery " + delivery);
		}
	}

}

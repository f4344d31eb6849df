package nl.kernteam.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PersonalDataCipher;
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

	private final SecureRandom random = new SecureRandom();

	WebhookManagement(WebhookRepository repository, PersonalDataCipher cipher, Clock clock) {
		this.repository = repository;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** A new subscription and its secret (shown only now). */
	public record Created(UUID id, String secret) {
	}

	@Transactional
	public Created subscribe(Actor by, @Valid CreateWebhook command) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		repository.insertSubscription(id, command, cipher.encrypt(secret), by.professionalId(), clock.instant());
		return new Created(id, secret);
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

	/** Sends a delivery that failed for good again, at the sender's next run. */
	@Transactional
	public void retry(UUID delivery) {
		if (!repository.retry(delivery, clock.instant())) {
			throw repository.status(delivery).isPresent() ? new ConflictException("webhook.delivery.not-failed")
					: new NotFoundException("webhook delivery " + delivery);
		}
	}

}

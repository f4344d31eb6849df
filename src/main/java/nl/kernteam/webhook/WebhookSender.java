package nl.kernteam.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.kernteam.shared.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts the due deliveries, one node at a time: a 2xx is delivered; anything else (an
 * error status, a timeout, a refused connection) is tried again after a doubling wait,
 * and after the last attempt the delivery fails for good and shows on the administrator's
 * list, from where it can be sent again. Redirects are not followed: a receiver answers
 * where it was subscribed.
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final WebhookRepository repository;

	private final PersonalDataCipher cipher;

	private final WebhookSettings settings;

	private final Clock clock;

	private final HttpClient http;

	WebhookSender(WebhookRepository repository, PersonalDataCipher cipher, WebhookSettings settings, Clock clock) {
		this.repository = repository;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${kernteam.webhooks.send-every:10s}")
	@SchedulerLock(name = "webhook-sender", lockAtMostFor = "PT10M")
	void sendScheduled() {
		sendDue();
	}

	/** Sends what is due now; the number of deliveries that succeeded. */
	int sendDue() {
		int delivered = 0;
		for (var due : repository.due(clock.instant(), settings.batch())) {
			if (send(due)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean send(WebhookRepository.Due due) {
		Instant now = clock.instant();
		String signature = WebhookSignature.sign(cipher.decrypt(due.secretEncrypted()), now.getEpochSecond(),
				due.payload());
		var request = HttpRequest.newBuilder(URI.create(due.url()))
			.timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Kernteam-Webhooks/1")
			.header("Kernteam-Delivery", due.id().toString())
			.header("Kernteam-Event", due.kind().name())
			.header(WebhookSignature.HEADER, signature)
			.POST(HttpRequest.BodyPublishers.ofString(due.payload()))
			.build();
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				repository.delivered(due.id(), response.statusCode(), clock.instant());
				return true;
			}
			failed(due, response.statusCode(), "HTTP " + response.statusCode());
		}
		catch (IOException e) {
			failed(due, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failed(due, null, "interrupted");
		}
		return false;
	}

	private void failed(WebhookRepository.Due due, Integer status, String error) {
		int attempt = due.attempts() + 1;
		Instant next = attempt >= settings.maxAttempts() ? null : clock.instant().plus(settings.backOff(attempt));
		repository.attemptFailed(due.id(), status, error, next);
		if (next == null) {
			log.warn("Webhook delivery {} ({}) failed for good after {} attempts: {}", due.id(), due.kind(), attempt,
					error);
		}
	}

}

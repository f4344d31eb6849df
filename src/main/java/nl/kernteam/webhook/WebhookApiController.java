package nl.kernteam.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.kernteam.shared.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks for the functional administrator (security: {@code FUNCTIONAL_ADMIN} only):
 * subscriptions, the deliveries that failed, and sending one again.
 */
@RestController
@Validated
class WebhookApiController {

	private final WebhookManagement webhooks;

	WebhookApiController(WebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/webhooks")
	ResponseEntity<WebhookManagement.Created> subscribe(Actor actor, @Valid @RequestBody CreateWebhook command) {
		var created = webhooks.subscribe(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id()))
			.cacheControl(CacheControl.noStore())
			.body(created);
	}

	@GetMapping("/api/v1/webhooks")
	Items<WebhookSubscription> subscriptions() {
		return new Items<>(webhooks.subscriptions());
	}

	@PostMapping("/api/v1/webhooks/{id}/end")
	ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
		webhooks.unsubscribe(id);
		return ResponseEntity.ok().build();
	}

	@GetMapping("/api/v1/webhooks/deliveries")
	Items<WebhookDelivery> deliveries(@RequestParam(defaultValue = "FAILED") WebhookDeliveryStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new Items<>(webhooks.deliveries(status, page, size));
	}

	@PostMapping("/api/v1/webhooks/deliveries/{id}/retry")
	ResponseEntity<Void> retry(@PathVariable UUID id) {
		webhooks.retry(id);
		return ResponseEntity.ok().build();
	}

	record Items<T>(List<T> items) {
	}

}

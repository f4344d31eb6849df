package nl.kernteam.webhook;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * A subscription: a name for the administrator, the receiving URL (https, or http for a
 * receiver on the same host), and the kinds it wants.
 */
public record CreateWebhook(@NotBlank @Size(max = 200) @PlainText(singleLine = true) String name,
		@NotBlank @Size(max = 2000) @Pattern(
				regexp = "^(https://[^\\s@]+|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?(/[^\\s@]*)?)$",
				message = "{webhook.url.invalid}") @PlainText(singleLine = true) String url,
		@NotEmpty(message = "{webhook.kinds.required}") @Size(max = 20) Set<WebhookKind> kinds) {
}

package nl.kernteam.webhook;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The administrator's form for a new subscription. Its limits are those of
 * {@link CreateWebhook}, checked by the service and put next to the fields; the
 * submission id makes a second submit of the same form answer as the first.
 */
public class WebhookForm {

	private UUID submissionId = UUID.randomUUID();

	private String name;

	private String url;

	private Set<WebhookKind> kinds = EnumSet.noneOf(WebhookKind.class);

	CreateWebhook toCommand() {
		return new CreateWebhook(name, url, kinds == null ? Set.of() : kinds);
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Set<WebhookKind> getKinds() {
		return kinds;
	}

	public void setKinds(Set<WebhookKind> kinds) {
		this.kinds = kinds;
	}

}

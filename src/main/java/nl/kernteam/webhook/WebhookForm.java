package nl.kernteam.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The administrator's form for a new subscription. Its limits are those of
 * {@link CreateWebhook}, checked by the service and put next to the fields; the
 * submission id makes a second submit of the same form answer as the first. The kinds are
 * bound as their names, so that a name that is no kind is refused next to the checkboxes
 * instead of breaking the form.
 */
public class WebhookForm {

	private UUID submissionId = UUID.randomUUID();

	private String name;

	private String url;

	private Set<String> kinds = new LinkedHashSet<>();

	CreateWebhook toCommand() {
		return new CreateWebhook(name, url, knownKinds());
	}

	/** Whether a name was sent that is no kind (a damaged or altered form). */
	boolean hasUnknownKinds() {
		return kinds != null && kinds.size() != knownKinds().size();
	}

	private Set<WebhookKind> knownKinds() {
		if (kinds == null) {
			return EnumSet.noneOf(WebhookKind.class);
		}
		var names = Arrays.stream(WebhookKind.values()).map(Enum::name).collect(Collectors.toSet());
		return kinds.stream()
			.filter(names::contains)
			.map(WebhookKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookKind.class)));
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

	public Set<String> getKinds() {
		return kinds;
	}

	public void setKinds(Set<String> kinds) {
		this.kinds = kinds;
	}

}

package nl.kernteam.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdClosed;
import nl.kernteam.household.HouseholdRegistered;
import nl.kernteam.network.InvolvementEnded;
import nl.kernteam.network.ProfessionalAdded;
import nl.kernteam.safetyteam.DeadlineDue;
import nl.kernteam.safetyteam.DeadlineKind;
import nl.kernteam.safetyteam.ExpertiseRequestAccepted;
import nl.kernteam.safetyteam.ExpertiseRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the modules' events into deliveries, after the change committed, through the
 * event publication registry (so that an event whose listener failed is handed on again).
 * A payload names ids and kinds only: what happened to which household, never who the
 * family is or what was written.
 */
@Component
class WebhookEvents {

	private final WebhookRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	WebhookEvents(WebhookRepository repository, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(HouseholdRegistered event) {
		enqueue(WebhookKind.HOUSEHOLD_REGISTERED, Map.of("householdId", event.householdId().value()));
	}

	@ApplicationModuleListener
	void on(ProfessionalAdded event) {
		enqueue(WebhookKind.INVOLVEMENT_STARTED,
				Map.of("householdId", event.householdId().value(), "professionalId", event.professionalId().value()));
	}

	@ApplicationModuleListener
	void on(InvolvementEnded event) {
		var ids = new LinkedHashMap<String, Object>();
		ids.put("householdId", event.householdId().value());
		ids.put("involvementId", event.involvementId().value());
		if (event.professionalId() != null) {
			ids.put("professionalId", event.professionalId().value());
		}
		enqueue(WebhookKind.INVOLVEMENT_ENDED, ids);
	}

	@ApplicationModuleListener
	void on(ExpertiseRequested event) {
		enqueue(WebhookKind.EXPERTISE_REQUESTED,
				Map.of("expertiseRequestId", event.requestId(), "organisationId", event.organisationId()));
	}

	@ApplicationModuleListener
	void on(ExpertiseRequestAccepted event) {
		enqueue(WebhookKind.EXPERTISE_ACCEPTED, Map.of("expertiseRequestId", event.requestId(), "householdId",
				event.householdId().value(), "professionalId", event.professionalId().value()));
	}

	@ApplicationModuleListener
	void on(DeadlineDue event) {
		boolean order = event.kind() == DeadlineKind.COURT_ORDER_ENDS;
		enqueue(order ? WebhookKind.COURT_ORDER_ENDING : WebhookKind.DEADLINE_DUE, Map.of("householdId",
				event.householdId().value(), "deadline", event.kind().name(), "due", event.due().toString()));
	}

	@ApplicationModuleListener
	void on(HouseholdClosed event) {
		enqueue(WebhookKind.HOUSEHOLD_CLOSED, Map.of("householdId", event.household().value()));
	}

	private void enqueue(WebhookKind kind, Map<String, Object> ids) {
		var now = clock.instant();
		var body = new LinkedHashMap<String, Object>();
		body.put("eventId", UUID.randomUUID());
		body.put("kind", kind.name());
		body.put("occurredAt", now.toString());
		body.putAll(ids);
		repository.enqueue(kind, json.writeValueAsString(body), now);
	}

}

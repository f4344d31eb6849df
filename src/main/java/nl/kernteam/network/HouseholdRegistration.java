package nl.kernteam.network;

import java.time.Clock;
import java.util.UUID;

import nl.kernteam.household.HouseholdRegistered;
import nl.kernteam.identity.ContactPersonRule;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new household starts with a network: the registering professional is involved, and a
 * professional the region's {@link ContactPersonRule} allows (the registrant, or the one
 * they named) becomes the contact person, in the same transaction. Then
 * {@link NetworkFormed} tells the modules that need the contact person (signal matching).
 */
@Component
class HouseholdRegistration {

	private final NetworkRepository network;

	private final Professionals professionals;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ContactPersonRule rule;

	HouseholdRegistration(NetworkRepository network, Professionals professionals, MessageSource messages, Clock clock,
			ApplicationEventPublisher events, ContactPersonRule rule) {
		this.rule = rule;
		this.network = network;
		this.professionals = professionals;
		this.messages = messages;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void on(HouseholdRegistered event) {
		var actor = event.registeredBy();
		var now = clock.instant();
		UUID household = event.householdId().value();
		UUID contactPersonId = event.contactPersonId() != null ? event.contactPersonId() : actor.professionalId();
		ProfessionalSummary contactPerson = professionals.find(contactPersonId)
			.filter(rule::allows)
			.orElseThrow(() -> new InvalidInputException("contactPersonId", rule.refusal()));
		String reason = event.reason() != null ? event.reason()
				: messages.getMessage("network.reason.registered", null, java.util.Locale.forLanguageTag("nl"));
		network.startProfessionalInvolvement(UUID.randomUUID(), household, actor.professionalId(),
				actor.organisationId(), InvolvementRole.CORE_TEAM, reason, actor.professionalId(), now);
		if (!contactPerson.id().equals(actor.professionalId())) {
			network.startProfessionalInvolvement(UUID.randomUUID(), household, contactPerson.id(),
					contactPerson.organisationId(), InvolvementRole.CORE_TEAM, reason, actor.professionalId(), now);
		}
		network.appointContactPerson(household, contactPerson.id(), reason, actor.professionalId(), now);
		events.publishEvent(new NetworkFormed(event.householdId(), ProfessionalId.of(contactPerson.id()), actor));
	}

}
